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
    fs.writeFileSync(path.join(work, 'media', 'photo.jpg'), 'not really a photo', { mode: 0o644 })
  })
  afterAll(async () => {
    await cms.payload.destroy()
    fs.rmSync(work, { recursive: true, force: true })
  })

  const backup = (folder: string) =>
    runScript('scripts/dbBackup.ts', [folder], {
      DATABASE_URL: source,
      PAYLOAD_SECRET: secret,
      MEDIA_DIR: path.join(work, 'media'),
    })
  const restore = (folder: string, ...flags: string[]) =>
    runScript('scripts/dbRestore.ts', [folder, ...flags], {
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

  it('writes every file of a backup for its owner only: files 0600, folders 0700', async () => {
    const folder = path.join(work, 'backup-private')
    expect((await backup(folder)).code).toBe(0)
    const entries = fs
      .readdirSync(folder, { recursive: true, withFileTypes: true })
      .map((entry) => path.join(entry.parentPath, entry.name))
    expect(entries).toContain(path.join(folder, 'media', 'photo.jpg'))
    const modes = [folder, ...entries].map((entry) => {
      const stat = fs.lstatSync(entry)
      return [path.relative(work, entry), stat.isDirectory() ? 'folder' : 'file', stat.mode & 0o777]
    })
    expect(modes).toEqual(
      modes.map(([name, kind]) => [name, kind, kind === 'folder' ? 0o700 : 0o600]),
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

  /** A fresh backup changed by `tamper`, then restored: refused with `message`, nothing changed. */
  const expectRefused = async (name: string, tamper: (folder: string) => void, message: string) => {
    const folder = path.join(work, name)
    expect((await backup(folder)).code).toBe(0)
    tamper(folder)
    const before = await fingerprint(target)
    const refused = await restore(folder, '--yes')
    expect(refused.code, refused.stdout).toBe(1)
    expect(refused.stderr.trim().split('\n').at(-1)).toBe(`✖ ${message}`)
    expect(await fingerprint(target)).toEqual(before)
    expect(fs.existsSync(path.join(work, 'restored-media', 'passwd'))).toBe(false)
  }

  it('refuses a backup holding a symbolic link among its uploads or tables', async () => {
    await expectRefused(
      'backup-linked-upload',
      (folder) => fs.symlinkSync('/etc/passwd', path.join(folder, 'media', 'passwd')),
      'The backup holds a symbolic link, media/passwd: a backup holds only plain files and folders, so it was not restored.',
    )
    await expectRefused(
      'backup-linked-table',
      (folder) => {
        // The same rows, from outside the backup: a restore must not follow the link.
        const file = path.join(folder, 'tables', 'authors.ndjson')
        const outside = path.join(work, 'authors-elsewhere.ndjson')
        fs.renameSync(file, outside)
        fs.symlinkSync(outside, file)
      },
      'The backup holds a symbolic link, tables/authors.ndjson: a backup holds only plain files and folders, so it was not restored.',
    )
  })

  it('refuses a manifest naming a table file outside the backup folder', async () => {
    const naming = (table: string) => (folder: string) => {
      const file = path.join(folder, 'manifest.json')
      const manifest = JSON.parse(fs.readFileSync(file, 'utf8'))
      manifest.tables[table] = 0
      fs.writeFileSync(file, JSON.stringify(manifest))
      fs.writeFileSync(path.join(folder, 'x.ndjson'), '')
    }
    for (const table of ['../x', '/etc/passwd']) {
      await expectRefused(
        `backup-naming-${table.length}`,
        naming(table),
        `The backup's manifest names the table "${table}", which is not a table name: the backup was not restored.`,
      )
    }
  })
})
