import fs from 'node:fs'
import path from 'node:path'
import type { Progress } from '../progressBar'
import {
  checksumsOf,
  filesUnder,
  holdsSameBytes,
  type MediaBucket,
  ObjectMismatch,
} from './mediaBucket'

export type PushReport = {
  files: number
  /** New in the bucket. */
  uploaded: number
  /** Were there under the same name with other bytes, and now hold the folder's. */
  replaced: number
  /** Were there already with the same size and checksum: not sent again. */
  skipped: number
  bytes: number
  failed: { key: string; reason: string }[]
  /** Why it stopped before the end: the bucket itself failed (server, keys, bucket). */
  stopped?: string
}

/** Uploads at a time: enough to hide the round trips, few enough for a small server. */
const PARALLEL = 4

/**
 * Copies every file under `folder` into the bucket under its path in the folder, skipping the
 * objects already there with the same bytes, checking each upload by reading its size and
 * checksum back. Nothing in the folder is changed or deleted. A file that does not read back as
 * sent is reported and the others go on; any other error (server, keys, bucket) stops the run,
 * and `stopped` says why: a second run skips what the first one copied.
 */
export const pushFolder = async (
  bucket: MediaBucket,
  folder: string,
  progress: Progress,
): Promise<PushReport> => {
  const keys = filesUnder(folder)
  const report: PushReport = {
    files: keys.length,
    uploaded: 0,
    replaced: 0,
    skipped: 0,
    bytes: 0,
    failed: [],
  }
  let next = 0
  let done = 0
  const pushOne = async (key: string) => {
    const data = fs.readFileSync(path.join(folder, ...key.split('/')))
    const sums = checksumsOf(data)
    const there = await bucket.head(key)
    if (there && holdsSameBytes(there, sums)) {
      report.skipped++
      return
    }
    await bucket.put(key, data, sums)
    report.bytes += data.length
    if (there) {
      report.replaced++
      progress.log(`replaced ${key} (the bucket held other bytes under that name)`)
    } else {
      report.uploaded++
      progress.log(`uploaded ${key}`)
    }
  }
  const worker = async () => {
    for (let key = keys[next++]; key !== undefined && !report.stopped; key = keys[next++]) {
      try {
        await pushOne(key)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        if (!(error instanceof ObjectMismatch)) {
          // The server, the keys or the bucket, not this file: the next ones would fail alike.
          report.stopped ??= reason
          return
        }
        report.failed.push({ key, reason })
        progress.log(`✖ ${reason}`)
      }
      progress.update(++done, keys.length, key)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, keys.length) }, worker))
  return report
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** What a push did, for the person who ran it. */
export const describePush = (report: PushReport, folder: string, label: string) =>
  [
    `${report.files} files in ${folder}, into ${label}: ${report.uploaded} uploaded, ${report.replaced} replaced, ${report.skipped} already there (same size and checksum), ${report.failed.length} failed; ${megabytes(report.bytes)} sent.`,
    report.uploaded + report.replaced > 0
      ? 'Each upload was read back and checked (size and MD5).'
      : '',
  ]
    .filter(Boolean)
    .join(' ')
