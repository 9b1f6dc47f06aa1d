/**
 * `npm run db:backup [-- <folder>]`: every table and every uploaded file, from one consistent
 * snapshot, into a folder that `npm run db:restore` reads back. Works on DATABASE_URL or the
 * embedded PostgreSQL (running or not). With S3_BUCKET set the uploads are the bucket's objects,
 * downloaded and checked into the same `media/` folder; otherwise MEDIA_DIR is copied. See
 * docs/operations.md.
 */
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { repoRoot } from '../src/runtime/env'
import { dumpTables } from './lib/backup/dumpTables'
import { BACKUP_FORMAT, mediaDirOf, writeManifest } from './lib/backup/manifest'
import { makePrivateFolder, makeTreePrivate } from './lib/backup/privateFiles'
import { dataDir } from './lib/dataDir'
import { openCheckedMediaBucket, s3EnvOfProcess } from './lib/mediaBucket/mediaBucket'
import { pullBucket } from './lib/mediaBucket/pullBucket'
import { progressBar } from './lib/progressBar'
import { openScriptDatabase } from './lib/scriptDatabase'

const startDir = process.env.INIT_CWD || process.cwd()

const countFiles = (dir: string): number =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .reduce((n, e) => n + (e.isDirectory() ? countFiles(path.join(dir, e.name)) : 1), 0)
    : 0

const main = async () => {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const target = path.resolve(
    startDir,
    process.argv[2] ?? path.join(repoRoot, 'backups', `groundwork-${stamp}`),
  )
  if (fs.existsSync(target) && fs.readdirSync(target).length > 0) {
    throw new Error(`${target} is not empty: name a new folder`)
  }
  const bucket = await openCheckedMediaBucket(s3EnvOfProcess())
  makePrivateFolder(target)
  const progress = progressBar(process.stderr)
  const database = await openScriptDatabase((line) => progress.log(line))
  const client = new pg.Client({ connectionString: database.url })
  try {
    progress.log(`Backing up ${database.source} into ${target}…`)
    await client.connect()
    const { rows } = await client.query<{ name: string }>(
      `SELECT name FROM payload_migrations WHERE name <> 'dev' ORDER BY id`,
    )
    const tables = await dumpTables(client, target, (table, index, total) =>
      progress.update(index, total, table),
    )
    const mediaDir = process.env.MEDIA_DIR || path.join(dataDir, 'media')
    if (bucket) {
      // The media are in the bucket: MEDIA_DIR, if anything, holds copies from before the move.
      progress.log(`Downloading the media from ${bucket.label}…`)
      await pullBucket(bucket, mediaDirOf(target), progress)
    } else if (fs.existsSync(mediaDir)) {
      // Links are followed: the backup holds plain files, the only kind a restore accepts.
      fs.cpSync(mediaDir, mediaDirOf(target), { recursive: true, dereference: true })
      makeTreePrivate(mediaDirOf(target))
    }
    const manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      migrations: rows.map((row) => row.name),
      tables,
      mediaFiles: countFiles(mediaDirOf(target)),
      mediaFrom: bucket ? bucket.label : mediaDir,
    } as const
    writeManifest(target, manifest)
    progress.end()
    const total = Object.values(tables).reduce((a, b) => a + b, 0)
    console.log(
      `Backed up ${Object.keys(tables).length} tables (${total} rows) and ${manifest.mediaFiles} media files (from ${manifest.mediaFrom}) to ${target}`,
    )
  } finally {
    progress.end()
    bucket?.close()
    await client.end()
    await database.release()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
