import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The repository root: the data folder and media default to places inside it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** A comma-separated list, blanks dropped, each item checked by `item`. */
const commaList = (item: z.ZodType<string, string>) =>
  z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((each) => each.trim())
        .filter(Boolean),
    )
    .pipe(z.array(item))

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')

const flag = (meaning: string) =>
  z
    .enum(['0', '1'], { error: `must be 1 (${meaning}) or 0` })
    .optional()
    .transform((value) => value === '1')

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({ error: 'is required (npm start sets it for the embedded Postgres)' })
      .pipe(postgresUrl),
    /** Streaming replicas of DATABASE_URL that reads may go to (docs/scaling.md). */
    DATABASE_REPLICA_URLS: commaList(postgresUrl),
    PAYLOAD_SECRET: z
      .string({ error: 'is required: a long random string, e.g. `openssl rand -hex 32`' })
      .min(32, 'must be at least 32 characters long'),
    SERVER_URL: z
      .url('must be the public origin, e.g. http://localhost:3000')
      .default('http://localhost:3000'),
    MEDIA_DIR: z.string().default(path.join(repoRoot, '.data', 'media')),
    /** Comma-separated origins of other sites allowed to call the API from a browser. */
    CORS_ORIGINS: commaList(
      z.url('must list full origins such as https://app.example.org, never *'),
    ),
    /**
     * The production proxies (deploy/nginx), comma-separated, as the app reaches them: when
     * content changes, the app asks each to fetch the pages that show the change at once instead
     * of within its one-second cache. Optional; set together with PROXY_REFRESH_TOKEN, the
     * proxies' GROUNDWORK_REFRESH_TOKEN.
     */
    PROXY_REFRESH_URL: commaList(
      z.url('must list the proxies’ own addresses, e.g. http://nginx:8080'),
    ),
    PROXY_REFRESH_TOKEN: z
      .string()
      .min(32, 'must be at least 32 characters long, the same as the proxy’s')
      .optional(),
    /**
     * `1` lets webhooks call this machine and private networks (receivers on the same host or
     * LAN); otherwise such URLs are refused on save and at delivery.
     */
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: flag('allow private addresses'),
    /** Redis shared by every instance: Next's cache and the rate limits (docs/scaling.md). */
    REDIS_URL: z
      .url('must be a redis:// or rediss:// URL')
      .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
      .optional(),
    /** Media in an S3-compatible bucket instead of MEDIA_DIR when S3_BUCKET is set. */
    S3_BUCKET: z.string().min(3, 'must name the bucket').optional(),
    S3_ENDPOINT: z
      .url('must be the S3 endpoint, e.g. https://s3.eu-west-1.amazonaws.com')
      .optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_FORCE_PATH_STYLE: flag('path-style addresses, as most S3-compatible servers want'),
  })
  .refine(
    (env) => (env.PROXY_REFRESH_URL.length === 0) === (env.PROXY_REFRESH_TOKEN === undefined),
    {
      path: ['PROXY_REFRESH_TOKEN'],
      message: 'and PROXY_REFRESH_URL go together: set both or neither',
    },
  )
  .refine(
    (env) => (env.S3_ACCESS_KEY_ID === undefined) === (env.S3_SECRET_ACCESS_KEY === undefined),
    {
      path: ['S3_SECRET_ACCESS_KEY'],
      message: 'and S3_ACCESS_KEY_ID go together: set both, or neither to use the instance’s role',
    },
  )
  .refine((env) => env.S3_BUCKET !== undefined || env.S3_ENDPOINT === undefined, {
    path: ['S3_BUCKET'],
    message: 'is required when S3_ENDPOINT is set: name the bucket media go to',
  })

export type Env = z.infer<typeof envSchema>

/** One line that names the variable and says what to do: what a person needs at start-up. */
export const describeEnvError = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `Invalid environment: ${issue.path.join('.') || 'env'} ${issue.message}`)
    .join('\n')

export const parseEnv = (source: Record<string, string | undefined>): Env => {
  // `S3_ENDPOINT=` (common in compose files and .env templates) means unset, not an empty URL.
  const set = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const result = envSchema.safeParse(set)
  if (!result.success) throw new Error(describeEnvError(result.error))
  return result.data
}
