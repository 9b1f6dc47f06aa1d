import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createArticle, createAuthor } from '../support/content'
import { runScript } from '../support/runScript'
import { databaseOnServer } from '../support/testDatabase'
import { startTestCms, type TestCms } from '../support/testPayload'

const secret = 'integration-tests-only-secret-0123456789'

/** Every table's rows as one fingerprint each: equal fingerprints, nothing lost or changed. */
const fingerprint = async (url: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    )
    const prints: Record<string, string> = {}
    for (const { name } of tables) {
      const { rows } = await client.query<{ print: string }>(
        `SELECT count(*) || ':' || md5(coalesce(string_agg(row_to_json(t)::text, '|' ORDER BY row_to_json(t)::text), '')) AS print FROM "${name}" t`,
      )
      prints[name] = rows[0]?.print ?? ''
    }
    return prints
  } finally {
    await client.end()
  }
}

describe('npm run db:backup and db:restore', () => {
  let cms: TestCms
  let work: string
  let source: string
  let target: string

  beforeAll(async () => {
    cms = await startTestCms()
    source = inject('databaseUrl')
    // A second, empty database on the suite's server: where the backups are restored.
    target = (await databaseOnServer(source, 'restore')).url
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-backup-'))
    const author = await createAuthor(cms.payload, 'Rosa Backup')
    await createArticle(cms.payload, { title: 'Kept through a restore', authors: [author.id] })
    await createArticle(cms.payload, {
      title: 'A draft, kept too',
      authors: [author.id],
      status: 'draft',
    })
    fs.mkdirSync(path.join(work, 'media'), { recursive: true })
    fs.writeFileSync(path.join(work, 'media', 'photo.jpg'), 'not really a photo')
  })
  afterAll(async () => {
    await cms.payload.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  const backup = (folder: string) =>
    runScript('scripts/db-backup.ts', [folder], {
      DATABASE_URL: source,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(work, 'media'),
    })
  const restore = (folder: string, ...flags: string[]) =>
    runScript('scripts/db-restore.ts', [folder, ...flags], {
      DATABASE_URL: target,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(work, 'restored-media'),
    })

  it('round-trips every row of every table and every media file', async () => {
    const folder = path.join(work, 'backup')
    const made = await backup(folder)
    expect(made.code, made.stderr).toBe(0)
    expect(made.stdout).toMatch(/Backed up \d+ tables \(\d+ rows\) and 1 media files/)

    const restored = await restore(folder)
    expect(restored.code, restored.stderr).toBe(0)
    const [before, after] = [await fingerprint(source), await fingerprint(target)]
    expect(Object.keys(after)).toEqual(Object.keys(before))
    expect(after).toEqual(before)
    expect(fs.readFileSync(path.join(work, 'restored-media', 'photo.jpg'), 'utf8')).toBe(
      'not really a photo',
    )
  })

  it('refuses to overwrite content without --yes, and with --yes replaces it', async () => {
    const folder = path.join(work, 'backup-2')
    expect((await backup(folder)).code).toBe(0)
    const refused = await restore(folder)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('Run again with --yes')
    const replaced = await restore(folder, '--yes')
    expect(replaced.code, replaced.stderr).toBe(0)
    expect(await fingerprint(target)).toEqual(await fingerprint(source))
  })

  it('checks a damaged backup before touching the database', async () => {
    const folder = path.join(work, 'backup-3')
    expect((await backup(folder)).code).toBe(0)
    const articles = path.join(folder, 'tables', 'articles.ndjson')
    fs.writeFileSync(articles, fs.readFileSync(articles, 'utf8').split('\n').slice(1).join('\n'))
    const before = await fingerprint(target)
    const refused = await restore(folder, '--yes')
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('The backup is damaged: articles should hold')
    expect(await fingerprint(target)).toEqual(before)
  })
})
