import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  type HeadObjectCommandOutput,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import { parseEnv } from '../../../src/runtime/env'
import {
  bucketLabel,
  describeS3Error,
  type S3Env,
  s3ClientConfig,
} from '../../../src/runtime/mediaStorage'

/**
 * The media bucket as the scripts use it (`media:to-s3`, `db:backup`, `db:restore`): the app's
 * own client settings, errors said in one sentence naming the variable to fix, and every object
 * checked by size and checksum. Keys are the files' paths inside the media folder, `/`-separated,
 * which is where Payload's storage plugin puts an upload and its sizes (no prefix).
 */

const S3_VARIABLES = [
  'S3_BUCKET',
  'S3_ENDPOINT',
  'S3_REGION',
  'S3_ACCESS_KEY_ID',
  'S3_SECRET_ACCESS_KEY',
  'S3_FORCE_PATH_STYLE',
] as const

/**
 * The S3 variables, checked by the app's own rules (env.ts). Only those: a script that needs no
 * database is not stopped by the variables it does not read.
 */
export const s3EnvOfProcess = (source: NodeJS.ProcessEnv = process.env): S3Env => {
  const s3 = Object.fromEntries(S3_VARIABLES.map((name) => [name, source[name]]))
  return parseEnv({
    DATABASE_URL: 'postgres://not-read-here',
    PAYLOAD_SECRET: 'not-read-by-this-script-'.padEnd(32, '-'),
    ...s3,
  })
}

/** The one-sentence error of a failed bucket operation: the server, the keys, the bucket. */
export class BucketError extends Error {}
/** One object did not read back as it was sent: that object's problem, not the bucket's. */
export class ObjectMismatch extends Error {}

const TYPES: Record<string, string> = {
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.jpeg': 'image/jpeg',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
}
/** What the app serves the file as: Payload names uploads with their type's extension. */
export const contentTypeOf = (key: string) =>
  TYPES[path.extname(key).toLowerCase()] ?? 'application/octet-stream'

export type Checksums = { size: number; md5: string; sha256: string }

export const checksumsOf = (data: Buffer): Checksums => ({
  size: data.length,
  md5: createHash('md5').update(data).digest('hex'),
  sha256: createHash('sha256').update(data).digest('hex'),
})

/** A plain object's ETag is its MD5; a multipart or KMS-encrypted one's is not (then: null). */
const md5OfEtag = (etag: string | undefined) => {
  const value = etag?.replace(/"/g, '').toLowerCase()
  return value && /^[0-9a-f]{32}$/.test(value) ? value : null
}

/**
 * Whether the object holds these bytes: the same size, and the same MD5 (its ETag) or the same
 * SHA-256 (the metadata this script stores beside what it uploads).
 */
export const holdsSameBytes = (head: HeadObjectCommandOutput, local: Checksums) =>
  head.ContentLength === local.size &&
  (md5OfEtag(head.ETag) === local.md5 || head.Metadata?.sha256 === local.sha256)

/** A key that names a file inside a folder: no absolute path, no `..`, no empty part. */
export const safeKey = (key: string) =>
  key.length > 0 &&
  !key.startsWith('/') &&
  !key.includes('\\') &&
  !key.includes('\0') &&
  key.split('/').every((part) => part !== '' && part !== '.' && part !== '..')

export type MediaBucket = ReturnType<typeof openMediaBucket>

export const openMediaBucket = (env: S3Env) => {
  const bucket = env.S3_BUCKET
  if (!bucket) {
    throw new BucketError(
      'S3_BUCKET is not set: name the bucket media go to (with S3_ENDPOINT, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY for a server other than AWS)',
    )
  }
  const client = new S3Client(s3ClientConfig(env))
  const fail = (error: unknown): never => {
    throw new BucketError(describeS3Error(env, error))
  }
  const head = async (key: string) => {
    try {
      return await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata
      if (status?.httpStatusCode === 404) return null
      return fail(error)
    }
  }
  return {
    name: bucket,
    label: bucketLabel(env),
    /** Throws a BucketError saying what is wrong: server down, bucket missing, keys refused. */
    check: async () => {
      await client.send(new HeadBucketCommand({ Bucket: bucket })).catch(fail)
    },
    head,
    /** Uploads `data` as `key` (the server checks its MD5), then reads it back to check it. */
    put: async (key: string, data: Buffer, sums = checksumsOf(data)) => {
      await client
        .send(
          new PutObjectCommand({
            Bucket: bucket,
            Key: key,
            Body: data,
            ContentType: contentTypeOf(key),
            ContentMD5: Buffer.from(sums.md5, 'hex').toString('base64'),
            Metadata: { sha256: sums.sha256 },
          }),
        )
        .catch(fail)
      const stored = await head(key)
      if (!stored || !holdsSameBytes(stored, sums)) {
        throw new ObjectMismatch(
          `${key} does not read back as uploaded (${stored?.ContentLength ?? 'no'} bytes, ETag ${stored?.ETag ?? 'none'}; sent ${sums.size} bytes, MD5 ${sums.md5})`,
        )
      }
    },
    /** Every object, page by page. */
    list: async function* () {
      let token: string | undefined
      do {
        const page = await client
          .send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
          .catch(fail)
        for (const object of page.Contents ?? []) {
          if (object.Key) yield { key: object.Key, size: object.Size ?? 0, etag: object.ETag }
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
    },
    /** The object's bytes, checked against its size and, when it is one, its MD5 ETag. */
    get: async (key: string): Promise<Buffer> => {
      const object = await client
        .send(new GetObjectCommand({ Bucket: bucket, Key: key }))
        .catch(fail)
      const data = Buffer.from((await object.Body?.transformToByteArray()) ?? [])
      const etag = md5OfEtag(object.ETag)
      if (
        (object.ContentLength !== undefined && data.length !== object.ContentLength) ||
        (etag && etag !== checksumsOf(data).md5)
      ) {
        throw new ObjectMismatch(`${key} came back damaged from ${bucketLabel(env)}: try again`)
      }
      return data
    },
    close: () => client.destroy(),
  }
}

/** Every plain file under `dir` (links followed), as bucket keys, sorted. */
export const filesUnder = (dir: string, prefix = ''): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name)
      const key = prefix ? `${prefix}/${entry.name}` : entry.name
      const stat = fs.statSync(full, { throwIfNoEntry: false })
      if (stat?.isDirectory()) return filesUnder(full, key)
      return stat?.isFile() ? [key] : []
    })
    .sort()

/**
 * The bucket `S3_BUCKET` names, checked before anything is written (a backup without its media, a
 * restore that stops halfway for want of keys); undefined when media are on disk.
 */
export const openCheckedMediaBucket = async (env: S3Env) => {
  if (!env.S3_BUCKET) return undefined
  const bucket = openMediaBucket(env)
  try {
    await bucket.check()
  } catch (error) {
    bucket.close()
    throw error
  }
  return bucket
}
