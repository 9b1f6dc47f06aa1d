import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/runtime/env'
import { describeS3Error, mediaStorage, s3ClientConfig } from '@/runtime/mediaStorage'

const base = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/db',
  PAYLOAD_SECRET: 'x'.repeat(32),
}

describe('mediaStorage(env): the bucket option of the CMS', () => {
  it('is undefined without S3_BUCKET: media stay in MEDIA_DIR', () => {
    expect(mediaStorage(parseEnv(base))).toBeUndefined()
  })

  it('names the bucket and the client, with the settings S3-compatible servers need', () => {
    const env = parseEnv({
      ...base,
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: '1',
    })
    const storage = mediaStorage(env)
    expect(storage?.bucket).toBe('media')
    expect(storage?.s3).toMatchObject({
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      // Swift and other servers answer aws-chunked uploads with 501.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      requestHandler: { connectionTimeout: 5_000 },
    })
  })

  it('leaves credentials to the SDK (instance role) when no keys are set, and AWS to its default', () => {
    const config = s3ClientConfig(parseEnv({ ...base, S3_BUCKET: 'media', S3_REGION: 'eu-west-1' }))
    expect(config).not.toHaveProperty('credentials')
    expect(config).not.toHaveProperty('endpoint')
    expect(config.region).toBe('eu-west-1')
    expect(config.forcePathStyle).toBe(false)
  })
})

describe('describeS3Error: one sentence naming what to fix', () => {
  const env = parseEnv({ ...base, S3_BUCKET: 'media', S3_ENDPOINT: 'http://s3.test:9000' })
  const where = 's3://media at http://s3.test:9000'
  const sdk = (name: string, status?: number, extra: object = {}) =>
    Object.assign(new Error(name), { name, $metadata: { httpStatusCode: status }, ...extra })

  it.each([
    [
      'a refused connection, however deep',
      Object.assign(new Error('x'), {
        cause: Object.assign(new Error('y'), { code: 'ECONNREFUSED' }),
      }),
      `${where} does not answer (ECONNREFUSED): check S3_ENDPOINT`,
    ],
    ['a timeout', sdk('TimeoutError'), `${where} did not answer in time: check S3_ENDPOINT`],
    [
      'a missing bucket',
      sdk('NotFound', 404),
      `${where}: the bucket does not exist: create it, or fix S3_BUCKET`,
    ],
    [
      'refused keys',
      sdk('InvalidAccessKeyId', 403),
      `${where} refused the credentials (403 InvalidAccessKeyId): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that they may use this bucket`,
    ],
    [
      'another region',
      sdk('PermanentRedirect', 301),
      `${where} is in another region: fix S3_REGION`,
    ],
    [
      'no credentials at all',
      sdk('CredentialsProviderError'),
      `${where}: no credentials found: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or give the machine a role`,
    ],
    ['anything else', sdk('InternalError', 500), `${where} answered 500: InternalError`],
  ])('%s', (_, error, sentence) => {
    expect(describeS3Error(env, error)).toBe(sentence)
  })
})
