/**
 * `npm run db:restore -- <backup folder> [--yes]`: replaces the database's content and the
 * uploaded files with a backup's. The schema is rebuilt from the migrations the backup was made
 * at, the rows loaded in one transaction, then newer migrations applied. The media go where the
 * app reads them: into the bucket when S3_BUCKET is set (each upload checked), else MEDIA_DIR.
 * See docs/operations.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { repoRoot } from '../src/runtime/env'
import { loadTables } from './lib/backup/loadTables'
import { mediaDirOf, readManifest, verifyBackup } from './lib/backup/manifest'
import { resolveLexicalBuildsDirectly } from './lib/lexicalBuilds'
import { openCheckedMediaBucket, s3EnvOfProcess } from './lib/mediaBucket/mediaBucket'
import { describePush, pushFolder } from './lib/mediaBucket/pushFolder'
import { progressBar } from './lib/progressBar'
import { openScriptDatabase } from './lib/scriptDatabase'
import { prepareScriptEnvironment } from './lib/scriptEnvironment'

const USAGE = 'Usage: npm run db:restore -- <backup folder> [--yes]'
const startDir = process.env.INIT_CWD || process.cwd()

/** True when the target holds anything worth keeping: restore then wants `--yes`. */
const hasContent = async (client: pg.ClientBase) => {
  const { rows } = await client.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM information_schema.tables
     WHERE table_schema = 'public' AND table_name IN ('users', 'articles')`,
  )
  if ((rows[0]?.n ?? 0) < 2) return false
  const counts = await client.query<{ n: number }>(
    'SELECT (SELECT count(*) FROM users) + (SELECT count(*) FROM articles) AS n',
  )
  return Number(counts.rows[0]?.n) > 0
}

const main = async (): Promise<number> => {
  const args = process.argv.slice(2)
  const folder = args.find((arg) => !arg.startsWith('--'))
  if (!folder) {
    console.error(USAGE)
    return 2
  }
  const dir = path.resolve(startDir, folder)
  // Payload loads only now, after the module hook that keeps Lexical from stalling Node 20.
  resolveLexicalBuildsDirectly()
  const [{ migrations }, { getPayload }] = await Promise.all([
    import('@groundwork/cms/migrations'),
    import('payload'),
  ])
  const manifest = readManifest(dir)
  verifyBackup(dir, manifest)
  const known = migrations.map((migration) => migration.name)
  const atBackup = known.slice(0, manifest.migrations.length)
  if (atBackup.join() !== manifest.migrations.join()) {
    throw new Error(
      'This backup was made by a different version of Groundwork (its migrations differ): restore it with that version.',
    )
  }

  const bucket = await openCheckedMediaBucket(s3EnvOfProcess())
  const progress = progressBar(process.stderr)
  const database = await openScriptDatabase((line) => progress.log(line))
  const client = new pg.Client({ connectionString: database.url })
  try {
    await client.connect()
    if ((await hasContent(client)) && !args.includes('--yes')) {
      throw new Error(
        `Restoring replaces everything in ${database.source}, which holds content. Run again with --yes to go on.`,
      )
    }
    progress.log(`Restoring ${dir} (made ${manifest.createdAt}) into ${database.source}…`)
    await client.query('DROP SCHEMA public CASCADE')
    await client.query('CREATE SCHEMA public')

    prepareScriptEnvironment(database)
    const { default: config } = await import('../src/payload.config')
    const payload = await getPayload({ config })
    try {
      await payload.db.migrate({ migrations: migrations.slice(0, atBackup.length) })
      await loadTables(client, dir, manifest, (table, index, total) =>
        progress.update(index, total, table),
      )
      // Newer code: bring the restored rows up to its schema.
      await payload.db.migrate({ migrations })
    } finally {
      await payload.destroy()
      payload.db.pool.on('error', () => {})
    }

    const mediaDir = String(process.env.MEDIA_DIR)
    let mediaTo = mediaDir
    if (bucket && fs.existsSync(mediaDirOf(dir))) {
      mediaTo = bucket.label
      progress.log(`Uploading the media into ${bucket.label}…`)
      const pushed = await pushFolder(bucket, mediaDirOf(dir), progress)
      progress.log(describePush(pushed, mediaDirOf(dir), bucket.label))
      const problem = pushed.stopped ?? pushed.failed[0]?.reason
      if (problem) {
        throw new Error(
          `The rows are restored, but not every media file: ${problem}. Run \`npm run media:to-s3 -- ${mediaDirOf(dir)}\` once fixed.`,
        )
      }
    } else if (fs.existsSync(mediaDirOf(dir))) {
      fs.mkdirSync(mediaDir, { recursive: true })
      fs.cpSync(mediaDirOf(dir), mediaDir, { recursive: true })
    }
    // Cached pages show the old content: the next `npm start` rebuilds and starts fresh.
    const distDir = path.resolve(repoRoot, 'apps/web', process.env.NEXT_DIST_DIR || '.next')
    fs.rmSync(path.join(distDir, 'groundwork-build.json'), { force: true })
    progress.end()
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0)
    console.log(
      `Restored ${rows} rows and ${manifest.mediaFiles} media files (into ${mediaTo}). Restart the app if it is running.`,
    )
    return 0
  } finally {
    progress.end()
    bucket?.close()
    await client.end()
    await database.release()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
