import type { S3ClientConfig } from '@aws-sdk/client-s3'
import type { MediaStorage } from '@groundwork/cms'
import type { Env } from './env'

/** What the S3 settings of the environment are (env.ts checks them at boot). */
export type S3Env = Pick<
  Env,
  | 'S3_BUCKET'
  | 'S3_ENDPOINT'
  | 'S3_REGION'
  | 'S3_ACCESS_KEY_ID'
  | 'S3_SECRET_ACCESS_KEY'
  | 'S3_FORCE_PATH_STYLE'
>

/**
 * The one S3 client setting for the app, its readiness check and the scripts.
 * - Checksums only when the operation requires them: by default the SDK sends uploads as
 *   `aws-chunked` with a trailing checksum, which OpenStack Swift (and other S3-compatible
 *   servers) answer with 501.
 * - Without keys, the SDK's own chain is used (instance or task role, AWS_* variables).
 * - A server that does not answer fails the request within seconds instead of holding it (and
 *   the reader's image request) open; kept-alive connections as storage-s3 sets them.
 */
export const s3ClientConfig = (env: S3Env): S3ClientConfig => ({
  region: env.S3_REGION,
  ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
  forcePathStyle: env.S3_FORCE_PATH_STYLE,
  ...(env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
    ? {
        credentials: {
          accessKeyId: env.S3_ACCESS_KEY_ID,
          secretAccessKey: env.S3_SECRET_ACCESS_KEY,
        },
      }
    : {}),
  requestChecksumCalculation: 'WHEN_REQUIRED',
  responseChecksumValidation: 'WHEN_REQUIRED',
  requestHandler: {
    connectionTimeout: 5_000,
    requestTimeout: 30_000,
    httpAgent: { keepAlive: true, maxSockets: 100 },
    httpsAgent: { keepAlive: true, maxSockets: 100 },
  },
})

/**
 * `CmsOptions.mediaStorage` from the environment: the bucket S3_BUCKET names, or undefined
 * (media stay in MEDIA_DIR) when it is not set.
 */
export const mediaStorage = (env: S3Env): MediaStorage | undefined =>
  env.S3_BUCKET ? { bucket: env.S3_BUCKET, s3: s3ClientConfig(env) } : undefined

/** `s3://bucket at endpoint`: where media go, for messages. */
export const bucketLabel = (env: S3Env) =>
  `s3://${env.S3_BUCKET ?? '(none)'} at ${env.S3_ENDPOINT ?? `AWS S3 (${env.S3_REGION})`}`

type SdkError = {
  name?: string
  code?: string
  message?: string
  Code?: string
  $metadata?: { httpStatusCode?: number }
  cause?: unknown
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
])

const CREDENTIAL_CODES = new Set([
  'InvalidAccessKeyId',
  'SignatureDoesNotMatch',
  'AccessDenied',
  'Forbidden',
  'InvalidToken',
  'ExpiredToken',
])

const connectionCodeOf = (error: unknown): string | undefined => {
  for (let at = error as SdkError | undefined, depth = 0; at && depth < 4; depth++) {
    if (at.code && CONNECTION_CODES.has(at.code)) return at.code
    at = at.cause as SdkError | undefined
  }
  return undefined
}

/**
 * One sentence saying what went wrong talking to the bucket, naming the variable to fix: for
 * the readiness check, `media:to-s3` and the backup scripts.
 */
export const describeS3Error = (env: S3Env, error: unknown): string => {
  const where = bucketLabel(env)
  const e = (error ?? {}) as SdkError
  const status = e.$metadata?.httpStatusCode
  const code = e.Code ?? e.name ?? ''
  const connection = connectionCodeOf(error)
  if (connection) return `${where} does not answer (${connection}): check S3_ENDPOINT`
  if (code === 'TimeoutError' || code === 'AbortError' || code === 'RequestTimeout') {
    return `${where} did not answer in time: check S3_ENDPOINT`
  }
  if (code === 'CredentialsProviderError') {
    return `${where}: no credentials found: set S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or give the machine a role`
  }
  if (status === 404 || code === 'NoSuchBucket' || code === 'NotFound') {
    return `${where}: the bucket does not exist: create it, or fix S3_BUCKET`
  }
  if (status === 301 || code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') {
    return `${where} is in another region: fix S3_REGION`
  }
  if (status === 401 || status === 403 || CREDENTIAL_CODES.has(code)) {
    return `${where} refused the credentials (${[status, code].filter((part) => part && part !== 'Unknown').join(' ')}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that they may use this bucket`
  }
  const detail = e.message && e.message !== code ? `${code}: ${e.message}` : code || String(error)
  return `${where} answered ${status ?? 'with an error'}: ${detail}`
}
