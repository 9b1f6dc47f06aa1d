import { HeadBucketCommand, S3Client } from '@aws-sdk/client-s3'
import { describeS3Error, type S3Env, s3ClientConfig } from '../mediaStorage'

/** Long enough for a distant region, short enough for a load balancer's probe. */
const ANSWER_WITHIN_MS = 3_000

/**
 * Whether the media bucket answers: null when it does (or media are on disk, S3_BUCKET unset),
 * otherwise why not, naming the variable to fix (server down, bucket missing, keys refused,
 * wrong region). One HeadBucket with the app's own settings, tried once: it needs
 * `s3:ListBucket` on the bucket, as `npm run media:to-s3` does.
 */
export const s3Ready = async (env: S3Env): Promise<string | null> => {
  if (!env.S3_BUCKET) return null
  const client = new S3Client({ ...s3ClientConfig(env), maxAttempts: 1 })
  try {
    await client.send(new HeadBucketCommand({ Bucket: env.S3_BUCKET }), {
      abortSignal: AbortSignal.timeout(ANSWER_WITHIN_MS),
    })
    return null
  } catch (error) {
    return describeS3Error(env, error)
  } finally {
    client.destroy()
  }
}
