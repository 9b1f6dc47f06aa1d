/**
 * `npm run media:to-s3 [-- <folder>]`: copies the uploaded media on disk (MEDIA_DIR, or the
 * folder named) into the bucket S3_BUCKET names, before the app starts with S3_BUCKET set.
 * Run it again at any time: objects already there with the same size and checksum are skipped,
 * so a second run after the switch copies only what was uploaded to the disk in between. Every
 * upload is read back and checked. The disk copy is kept: delete it yourself once the app serves
 * media from the bucket. See docs/scaling.md ("Media on S3").
 */
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from './lib/dataDir'
import { BucketError, openMediaBucket, s3EnvOfProcess } from './lib/mediaBucket/mediaBucket'
import { describePush, pushFolder } from './lib/mediaBucket/pushFolder'
import { progressBar } from './lib/progressBar'

const startDir = process.env.INIT_CWD || process.cwd()

const main = async (): Promise<number> => {
  const bucket = openMediaBucket(s3EnvOfProcess())
  const folder = path.resolve(
    startDir,
    process.argv[2] ?? (process.env.MEDIA_DIR || path.join(dataDir, 'media')),
  )
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`${folder} is not a folder: set MEDIA_DIR, or name the media folder`)
  }
  const progress = progressBar(process.stderr)
  try {
    await bucket.check()
    progress.log(`Copying the media in ${folder} into ${bucket.label}…`)
    const report = await pushFolder(bucket, folder, progress)
    progress.end()
    console.log(describePush(report, folder, bucket.label))
    if (report.stopped) {
      console.error(
        `✖ Stopped before the end: ${report.stopped}. Run again once fixed: what was copied is skipped.`,
      )
      return 1
    }
    if (report.failed.length > 0) {
      console.error(`✖ ${report.failed.length} files failed their check: run again to retry them.`)
      return 1
    }
    console.log(
      `The files in ${folder} were not deleted: remove them once the app runs with S3_BUCKET set and shows its images.`,
    )
    return 0
  } finally {
    progress.end()
    bucket.close()
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known = error instanceof BucketError || error instanceof Error
    console.error(`✖ ${known ? error.message : String(error)}`)
    process.exit(1)
  },
)
