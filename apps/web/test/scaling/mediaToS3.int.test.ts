import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
} from '@aws-sdk/client-s3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runScript } from '../support/runScript'
import { type S3Server, startS3Server } from '../support/s3Server'

/**
 * `npm run media:to-s3`: the media folder of a site that ran on disk, copied into the bucket
 * before the switch; run again, it sends nothing twice; told what it did; refused with one line
 * when the keys or the bucket are wrong. The folder is left as it was.
 */
const BUCKET = 'moved-media'

describe('npm run media:to-s3', () => {
  let s3: S3Server
  let work: string
  let folder: string
  const files: Record<string, Buffer> = {
    'hero-1.jpg': randomBytes(300_000),
    'hero-1-160x160.jpg': randomBytes(4_000),
    'portrait.png': randomBytes(70_000),
    // Payload writes a flat folder; a sub-folder still keeps its path as the key.
    'older/scan.webp': randomBytes(1_000),
  }

  const move = (env: Record<string, string>, ...args: string[]) =>
    runScript('scripts/mediaToS3.ts', args, { MEDIA_DIR: folder, ...env })
  const object = async (key: string) => {
    const got = await s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }))
    return {
      bytes: Buffer.from((await got.Body?.transformToByteArray()) ?? []),
      type: got.ContentType,
      modified: got.LastModified?.getTime(),
    }
  }
  const keys = async (bucket = BUCKET) =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? [])
      .map((each) => each.Key)
      .sort()
  const summary = (uploaded: number, replaced: number, there: number, failed = 0) =>
    `4 files in ${folder}, into s3://${BUCKET} at ${s3.endpoint}: ${uploaded} uploaded, ${replaced} replaced, ${there} already there (same size and checksum), ${failed} failed`

  beforeAll(async () => {
    s3 = await startS3Server()
    await s3.createBucket(BUCKET)
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-media-to-s3-'))
    folder = path.join(work, 'media')
    for (const [name, data] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(folder, name)), { recursive: true })
      fs.writeFileSync(path.join(folder, name), data)
    }
  })
  afterAll(async () => {
    await s3?.stop()
    fs.rmSync(work, { recursive: true, force: true })
  })

  it('copies every file of MEDIA_DIR into the bucket, checked, and keeps the folder', async () => {
    const run = await move(s3.processEnv(BUCKET))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(summary(4, 0, 0))
    expect(run.stdout).toContain('Each upload was read back and checked (size and MD5).')
    expect(run.stdout).toContain(`The files in ${folder} were not deleted`)
    expect(await keys()).toEqual(Object.keys(files).sort())
    for (const [name, data] of Object.entries(files)) {
      const stored = await object(name)
      expect(stored.bytes.equals(data), name).toBe(true)
      expect(fs.readFileSync(path.join(folder, name)).equals(data), name).toBe(true)
    }
    expect((await object('portrait.png')).type).toBe('image/png')
    expect((await object('hero-1.jpg')).type).toBe('image/jpeg')
  })

  it('run again, sends nothing: every object is already there', async () => {
    const before = await object('hero-1.jpg')
    const run = await move(s3.processEnv(BUCKET))
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(summary(0, 0, 4))
    expect(run.stdout).toContain('0.0 MB sent')
    expect((await object('hero-1.jpg')).modified).toBe(before.modified)
  })

  it('sends only what changed, and counts an upload Payload made (no checksum metadata) as there', async () => {
    const changed = randomBytes(70_000)
    fs.writeFileSync(path.join(folder, 'portrait.png'), changed)
    // As the storage plugin uploads: same bytes, no metadata; its ETag is the MD5.
    await s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'hero-1.jpg', Body: files['hero-1.jpg'] }),
    )
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'hero-1.jpg' }))
    expect(head.Metadata?.sha256).toBeUndefined()
    const run = await move(s3.processEnv(BUCKET), folder)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(summary(0, 1, 3))
    expect(run.stderr).toContain('replaced portrait.png')
    expect((await object('portrait.png')).bytes.equals(changed)).toBe(true)
  })

  it('refuses wrong keys with one line, and sends nothing', async () => {
    const before = await keys()
    const run = await move({ ...s3.processEnv(BUCKET), S3_SECRET_ACCESS_KEY: 'not-the-secret' })
    expect(run.code).toBe(1)
    expect(run.stderr.trim().split('\n').at(-1)).toMatch(
      new RegExp(
        `^✖ s3://${BUCKET} at ${s3.endpoint} refused the credentials \\(403.*\\): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`,
      ),
    )
    expect(await keys()).toEqual(before)
  })

  it('refuses a bucket that does not exist, or none named', async () => {
    const missing = await move(s3.processEnv('not-created'))
    expect(missing.code).toBe(1)
    expect(missing.stderr.trim().split('\n').at(-1)).toBe(
      `✖ s3://not-created at ${s3.endpoint}: the bucket does not exist: create it, or fix S3_BUCKET`,
    )
    const none = await move({})
    expect(none.code).toBe(1)
    expect(none.stderr).toContain('✖ S3_BUCKET is not set: name the bucket media go to')
  })
})
