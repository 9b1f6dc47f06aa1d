import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3'
import pg from 'pg'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { mediaStorage } from '@/runtime/mediaStorage'
import { createArticle, createAuthor, quiet } from '../support/content'
import { runScript } from '../support/runScript'
import { type S3Server, startS3Server } from '../support/s3Server'
import { databaseOnServer } from '../support/testDatabase'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * With S3_BUCKET set, `db:backup` takes the media from the bucket (each object downloaded and
 * checked into the backup's `media/`), and `db:restore` puts them into the bucket the restored
 * site reads; a bucket it cannot use is refused before anything is written.
 */
const secret = 'integration-tests-only-secret-0123456789'
const SOURCE = 'backup-source'
const TARGET = 'restore-target'

describe('db:backup and db:restore with media in a bucket', () => {
  let s3: S3Server
  let cms: TestCms
  let work: string
  let sourceKeys: string[]

  const keys = async (bucket: string) =>
    ((await s3.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? [])
      .map((each) => each.Key as string)
      .sort()
  const bytes = async (bucket: string, key: string) =>
    Buffer.from(
      (await (
        await s3.client.send(new GetObjectCommand({ Bucket: bucket, Key: key }))
      ).Body?.transformToByteArray()) ?? [],
    )
  const backup = (folder: string, bucket = SOURCE) =>
    runScript('scripts/dbBackup.ts', [folder], {
      DATABASE_URL: inject('databaseUrl'),
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(work, 'disk-media-not-used'),
      ...s3.processEnv(bucket),
    })
  const restore = (folder: string, databaseUrl: string, bucket = TARGET) =>
    runScript('scripts/dbRestore.ts', [folder, '--yes'], {
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(work, 'restored-disk-media'),
      ...s3.processEnv(bucket),
    })
  const tablesIn = async (url: string) => {
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    try {
      const { rows } = await client.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public'`,
      )
      return rows[0]?.n
    } finally {
      await client.end()
    }
  }

  beforeAll(async () => {
    s3 = await startS3Server()
    await s3.createBucket(SOURCE)
    await s3.createBucket(TARGET)
    cms = await startTestCms({ mediaStorage: mediaStorage(s3.env(SOURCE)) })
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-bucket-backup-'))
    const data = await sharp({
      create: { width: 700, height: 400, channels: 3, background: '#3a6f8f' },
    })
      .jpeg()
      .toBuffer()
    const photo = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Backed up' },
      file: { data, mimetype: 'image/jpeg', name: `${uniqueSlug('kept')}.jpg`, size: data.length },
      context: quiet,
    })
    const author = await createAuthor(cms.payload, 'Bucket Backup', { photo: photo.id })
    await createArticle(cms.payload, { title: 'Kept with its media', authors: [author.id] })
    sourceKeys = await keys(SOURCE)
  })
  afterAll(async () => {
    await cms?.payload.destroy()
    await s3?.stop()
    if (work) fs.rmSync(work, { recursive: true, force: true })
  })

  it('backs up the bucket’s objects, checked, into media/ for its owner only', async () => {
    expect(sourceKeys.length).toBeGreaterThanOrEqual(3)
    const folder = path.join(work, 'backup')
    const made = await backup(folder)
    expect(made.code, made.stderr).toBe(0)
    expect(made.stdout).toContain(
      `and ${sourceKeys.length} media files (from s3://${SOURCE} at ${s3.endpoint}) to ${folder}`,
    )
    for (const key of sourceKeys) {
      const file = path.join(folder, 'media', key)
      expect(fs.readFileSync(file).equals(await bytes(SOURCE, key)), key).toBe(true)
      expect(fs.statSync(file).mode & 0o777, key).toBe(0o600)
    }
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8'))
    expect(manifest.mediaFrom).toBe(`s3://${SOURCE} at ${s3.endpoint}`)
  })

  it('restores the media into the bucket of the restored site', async () => {
    const folder = path.join(work, 'backup-for-restore')
    expect((await backup(folder)).code).toBe(0)
    const target = await databaseOnServer(inject('databaseUrl'), 'bucket_restore')
    try {
      const restored = await restore(folder, target.url)
      expect(restored.code, restored.stderr).toBe(0)
      expect(restored.stdout).toContain(`(into s3://${TARGET} at ${s3.endpoint})`)
      expect(await keys(TARGET)).toEqual(sourceKeys)
      for (const key of sourceKeys) {
        expect((await bytes(TARGET, key)).equals(await bytes(SOURCE, key)), key).toBe(true)
      }
      expect(fs.existsSync(path.join(work, 'restored-disk-media'))).toBe(false)
    } finally {
      await target.drop()
    }
  })

  it('refuses a bucket it cannot use before writing anything', async () => {
    const folder = path.join(work, 'backup-refused')
    const made = await backup(folder, 'no-such-bucket')
    expect(made.code).toBe(1)
    expect(made.stderr.trim().split('\n').at(-1)).toBe(
      `✖ s3://no-such-bucket at ${s3.endpoint}: the bucket does not exist: create it, or fix S3_BUCKET`,
    )
    expect(fs.existsSync(folder)).toBe(false)

    const good = path.join(work, 'backup-good')
    expect((await backup(good)).code).toBe(0)
    const target = await databaseOnServer(inject('databaseUrl'), 'bucket_refused')
    try {
      const refused = await restore(good, target.url, 'no-such-bucket')
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain('the bucket does not exist')
      expect(await tablesIn(target.url)).toBe(0)
    } finally {
      await target.drop()
    }
  })
})
