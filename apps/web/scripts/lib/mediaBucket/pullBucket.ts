import fs from 'node:fs'
import path from 'node:path'
import { PRIVATE_FILE, PRIVATE_FOLDER } from '../backup/privateFiles'
import type { Progress } from '../progressBar'
import { BucketError, type MediaBucket, safeKey } from './mediaBucket'

/**
 * Downloads every object of the bucket into `folder` (which must be new or empty), each under
 * its key as a path, for its owner only: a backup of the media. Each object is checked against
 * its size and MD5. A key that would leave the folder stops the backup.
 */
export const pullBucket = async (
  bucket: MediaBucket,
  folder: string,
  progress: Progress,
): Promise<{ objects: number; bytes: number }> => {
  const listed: { key: string; size: number }[] = []
  for await (const object of bucket.list()) {
    if (!safeKey(object.key)) {
      throw new BucketError(
        `${bucket.label} holds an object named ${JSON.stringify(object.key)}, which is not a file name: the media bucket should hold only the site's uploads`,
      )
    }
    listed.push(object)
  }
  fs.mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER })
  let bytes = 0
  for (const [index, { key }] of listed.entries()) {
    progress.update(index, listed.length, key)
    const data = await bucket.get(key)
    const file = path.join(folder, ...key.split('/'))
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: PRIVATE_FOLDER })
    fs.writeFileSync(file, data, { mode: PRIVATE_FILE })
    bytes += data.length
  }
  progress.update(listed.length, listed.length, '')
  return { objects: listed.length, bytes }
}
