import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import type { Media } from '@groundwork/cms/payload-types'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_GET, REST_PATCH, REST_POST } from '@/http/routes'
import { toImage } from '@/queries/media'
import { mediaStorage } from '@/runtime/mediaStorage'
import { quiet } from '../support/content'
import { type Json, restCall } from '../support/routes'
import { type S3Server, startS3Server } from '../support/s3Server'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * With S3_BUCKET set, uploads and their image sizes go to the bucket, and readers still fetch
 * them from `/api/media/file/<name>`, through the media collection's read access: an image of
 * unpublished work stays unseen, as on disk (test/access/mediaAccess.int.test.ts).
 */

const BUCKET = 'groundwork-media'
const SIZES = ['thumbnail', 'card', 'hero'] as const

/** Wide enough for every size, the hero (1600) included; noise so the bytes are not trivial. */
const photo = async () => {
  const noise = Buffer.alloc(1800 * 1000 * 3)
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + (i >> 11)) % 251
  return sharp(noise, { raw: { width: 1800, height: 1000, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

describe('media in an S3 bucket (OpenStack Swift s3api)', () => {
  let s3: S3Server
  let cms: TestCms
  let mediaDir: string
  let editor: Record<string, string>
  let image: Buffer

  const keysInBucket = async () =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? [])
      .map((object) => object.Key as string)
      .sort()
  const objectBytes = async (key: string) => {
    const object = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    return {
      bytes: Buffer.from((await object.Body?.transformToByteArray()) ?? []),
      type: object.ContentType,
    }
  }
  const filesOf = (doc: Media) => [
    doc.filename as string,
    ...SIZES.map((size) => doc.sizes?.[size]?.filename as string),
  ]
  const fetchFile = async (filename: string, headers: Record<string, string> = {}) => {
    const response = await REST_GET(cms.config)(
      new Request(`http://localhost:3000/api/media/file/${encodeURIComponent(filename)}`, {
        headers,
      }),
      { params: Promise.resolve({ slug: ['media', 'file', filename] }) },
    )
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      bytes: Buffer.from(await response.arrayBuffer()),
    }
  }
  const upload = (name: string, extra: Json = {}) =>
    cms.payload.create({
      collection: 'media',
      data: { alt: `${name} image`, ...extra },
      file: {
        data: image,
        mimetype: 'image/jpeg',
        name: `${uniqueSlug(name)}.jpg`,
        size: image.length,
      },
      context: quiet,
    })

  beforeAll(async () => {
    s3 = await startS3Server()
    await s3.createBucket(BUCKET)
    cms = await startTestCms({ mediaStorage: mediaStorage(s3.env(BUCKET)) })
    mediaDir = cms.payload.collections.media.config.upload.staticDir as string
    image = await photo()
    const email = `editor-${randomUUID()}@example.test`
    const password = 'media-on-s3-long-password'
    await cms.payload.create({
      collection: 'users',
      data: { email, password, role: 'editor' },
      context: quiet,
    })
    const { token } = await cms.payload.login({ collection: 'users', data: { email, password } })
    editor = { authorization: `JWT ${token}` }
  })
  afterAll(async () => {
    await cms?.payload.destroy()
    await s3?.stop()
  })

  it('an upload through the Local API lands in the bucket with every size, and nothing on disk', async () => {
    const doc = await upload('local')
    const keys = await keysInBucket()
    expect(keys).toEqual(expect.arrayContaining(filesOf(doc)))
    const original = await objectBytes(doc.filename as string)
    expect(original.bytes.equals(image)).toBe(true)
    expect(original.type).toBe('image/jpeg')
    for (const size of SIZES) {
      const stored = await objectBytes(doc.sizes?.[size]?.filename as string)
      expect(stored.bytes.length, size).toBe(doc.sizes?.[size]?.filesize)
    }
    expect(fs.readdirSync(mediaDir)).toEqual([])
  })

  it('several Local API uploads sharing one context object each store their own file', async () => {
    // One object for every call, as the Markdown import's `importContext` is.
    const shared = { disableRevalidate: true }
    const images = [
      await sharp(image).negate().jpeg().toBuffer(),
      await sharp(image).flip().jpeg().toBuffer(),
    ]
    for (const [index, data] of images.entries()) {
      const doc = await cms.payload.create({
        collection: 'media',
        data: { alt: `shared ${index}` },
        file: {
          data,
          mimetype: 'image/jpeg',
          name: `${uniqueSlug('shared')}.jpg`,
          size: data.length,
        },
        context: shared,
      })
      expect(await keysInBucket()).toEqual(expect.arrayContaining(filesOf(doc)))
      expect(
        (await objectBytes(doc.filename as string)).bytes.equals(data),
        `upload ${index}`,
      ).toBe(true)
    }
    expect(shared).toEqual({ disableRevalidate: true })
  })

  /** The test image posted as an editor to the REST route, multipart, with `fields` as `_payload`. */
  const uploadOverRest = (fields: Record<string, unknown>, name: string) => {
    const form = new FormData()
    form.append('_payload', JSON.stringify(fields))
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), name)
    return restCall(cms.config, 'media?depth=0', {
      method: 'POST',
      handler: REST_POST,
      headers: editor,
      body: form,
    })
  }

  it('an upload through the REST route (multipart) lands in the bucket too', async () => {
    const answer = await uploadOverRest({ alt: 'Sent over REST' }, 'rest.jpg')
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const doc = answer.body.doc as Media
    expect(await keysInBucket()).toEqual(expect.arrayContaining(filesOf(doc)))
  })

  it('serves the original and its sizes byte-identical at /api/media/file/<name>', async () => {
    const doc = await upload('served', { public: true })
    for (const filename of filesOf(doc)) {
      const answer = await fetchFile(filename)
      expect(answer.status, filename).toBe(200)
      expect(answer.type, filename).toBe('image/jpeg')
      expect(answer.bytes.equals((await objectBytes(filename)).bytes), filename).toBe(true)
    }
    expect((await fetchFile(doc.filename as string)).bytes.equals(image)).toBe(true)
  })

  it('keeps the addresses next/image and the pages use: /api/media/file/<name>', async () => {
    const doc = await upload('addressed', { public: true })
    expect(toImage(doc)?.url).toBe(`/api/media/file/${doc.filename}`)
    for (const size of SIZES) {
      const url = doc.sizes?.[size]?.url as string
      expect(new URL(url, 'http://site.invalid').pathname, size).toBe(
        `/api/media/file/${doc.sizes?.[size]?.filename}`,
      )
    }
  })

  it('refuses an unpublished upload and its sizes to anonymous callers (404), as on disk', async () => {
    const doc = await upload('embargoed')
    for (const filename of filesOf(doc)) {
      const anonymous = await fetchFile(filename)
      expect(anonymous.status, filename).toBe(404)
      expect(anonymous.bytes.includes(image.subarray(0, 64))).toBe(false)
      expect((await fetchFile(filename, editor)).status, filename).toBe(200)
    }
    // Marked public by an editor, readers get it.
    await cms.payload.update({
      collection: 'media',
      id: doc.id,
      data: { public: true },
      context: quiet,
    })
    expect((await fetchFile(doc.filename as string)).status).toBe(200)
  })

  it('an object missing from the bucket is a 404, not a server error', async () => {
    const doc = await upload('vanished', { public: true })
    await s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: doc.filename as string }))
    expect((await fetchFile(doc.filename as string)).status).toBe(404)
  })

  it('replacing the file removes the old objects; deleting the document removes the rest', async () => {
    const doc = await upload('replaced')
    const before = filesOf(doc)
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Replaced' }))
    const other = await sharp(image).negate().jpeg().toBuffer()
    form.append('file', new Blob([new Uint8Array(other)], { type: 'image/jpeg' }), 'other.jpg')
    const answer = await restCall(cms.config, `media/${doc.id}?depth=0`, {
      method: 'PATCH',
      handler: REST_PATCH,
      headers: editor,
      body: form,
    })
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const after = filesOf(answer.body.doc as Media)
    let keys = await keysInBucket()
    expect(keys).toEqual(expect.arrayContaining(after))
    for (const gone of before.filter((name) => !after.includes(name))) {
      expect(keys).not.toContain(gone)
    }
    await cms.payload.delete({ collection: 'media', id: doc.id, context: quiet })
    keys = await keysInBucket()
    for (const gone of after) expect(keys).not.toContain(gone)
  })

  it('has the schema of media on disk: a new migration would be empty', async () => {
    type DrizzleKit = {
      generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
      generateMigration: (before: unknown, after: unknown) => Promise<string[]>
      upSnapshot?: (snapshot: unknown) => unknown
    }
    const db = cms.payload.db as unknown as {
      schema: unknown
      migrationDir: string
      requireDrizzleKit: () => DrizzleKit
    }
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const latest = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .at(-1)
    const after = await generateDrizzleJson(db.schema)
    let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest ?? ''), 'utf8'))
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
    expect(await generateMigration(before, after)).toEqual([])
  })

  it('API callers cannot choose where an object goes, nor see it (prefix, _objectKey)', async () => {
    const answer = await uploadOverRest(
      { alt: 'Placed', prefix: 'elsewhere', _objectKey: 'chosen' },
      'placed.jpg',
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    const doc = answer.body.doc as Media
    expect(doc).not.toHaveProperty('prefix')
    expect(doc).not.toHaveProperty('_objectKey')
    const stored = await cms.payload.db.findOne<Media>({
      collection: 'media',
      where: { id: { equals: doc.id } },
    })
    expect([stored?.prefix, stored?._objectKey]).toEqual(['', null])
    const keys = await keysInBucket()
    expect(keys).toContain(doc.filename)
    expect(keys.filter((key) => key.includes('/'))).toEqual([])
  })
})
