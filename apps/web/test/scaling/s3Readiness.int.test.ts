import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { s3Ready } from '@/runtime/readiness/s3'
import { type S3Server, startS3Server } from '../support/s3Server'

/**
 * The readiness check of the media bucket: null while it answers, otherwise one sentence naming
 * what is wrong and the variable to fix, within seconds even when the server hangs.
 */
const BUCKET = 'ready-media'

describe('s3Ready, against a real S3 server', () => {
  let s3: S3Server
  beforeAll(async () => {
    s3 = await startS3Server()
    await s3.createBucket(BUCKET)
  })
  afterAll(() => s3?.stop())

  it('says nothing while the bucket answers, and nothing when media are on disk', async () => {
    expect(await s3Ready(s3.env(BUCKET))).toBeNull()
    expect(await s3Ready({ ...s3.env(BUCKET), S3_BUCKET: undefined })).toBeNull()
  })

  it('names a bucket that does not exist', async () => {
    expect(await s3Ready(s3.env('no-such-bucket'))).toBe(
      `s3://no-such-bucket at ${s3.endpoint}: the bucket does not exist: create it, or fix S3_BUCKET`,
    )
  })

  it('names refused credentials', async () => {
    const reason = await s3Ready({ ...s3.env(BUCKET), S3_SECRET_ACCESS_KEY: 'not-the-secret' })
    expect(reason).toMatch(
      new RegExp(
        `^s3://${BUCKET} at ${s3.endpoint} refused the credentials \\(403.*\\): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY`,
      ),
    )
  })

  it('answers within seconds when the server hangs, and recovers when it answers again', async () => {
    const resume = s3.freeze()
    const started = Date.now()
    try {
      expect(await s3Ready(s3.env(BUCKET))).toBe(
        `s3://${BUCKET} at ${s3.endpoint} did not answer in time: check S3_ENDPOINT`,
      )
      expect(Date.now() - started).toBeLessThan(5_000)
    } finally {
      resume()
    }
    expect(await s3Ready(s3.env(BUCKET))).toBeNull()
  })

  it('names the failure once the server is stopped', async () => {
    await s3.stop()
    expect(await s3Ready(s3.env(BUCKET))).toBe(
      `s3://${BUCKET} at ${s3.endpoint} does not answer (ECONNREFUSED): check S3_ENDPOINT`,
    )
  })
})
