import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

/** The repository root: the data folder and media default to places inside it. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({ error: 'is required (npm start sets it for the embedded Postgres)' })
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string'),
    PAYLOAD_SECRET: z
      .string({ error: 'is required: a long random string, e.g. `openssl rand -hex 32`' })
      .min(32, 'must be at least 32 characters long'),
    SERVER_URL: z
      .url('must be the public origin, e.g. http://localhost:3000')
      .default('http://localhost:3000'),
    MEDIA_DIR: z.string().default(path.join(repoRoot, '.data', 'media')),
    /** Comma-separated origins of other sites allowed to call the API from a browser. */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.url('must list full origins such as https://app.example.org, never *'))),
    /**
     * The production proxy (deploy/nginx), as the app reaches it: when content changes, the app
     * asks it to fetch the pages that show the change at once instead of within its one-second
     * cache. Optional; set together with PROXY_REFRESH_TOKEN, the proxy's GROUNDWORK_REFRESH_TOKEN.
     */
    PROXY_REFRESH_URL: z.url('must be the proxy’s own address, e.g. http://nginx:8080').optional(),
    PROXY_REFRESH_TOKEN: z
      .string()
      .min(32, 'must be at least 32 characters long, the same as the proxy’s')
      .optional(),
    /**
     * `1` lets webhooks call this machine and private networks (receivers on the same host or
     * LAN); otherwise such URLs are refused on save and at delivery.
     */
    WEBHOOKS_ALLOW_PRIVATE_TARGETS: z
      .enum(['0', '1'], { error: 'must be 1 (allow private addresses) or 0' })
      .optional()
      .transform((value) => value === '1'),
  })
  .refine(
    (env) => (env.PROXY_REFRESH_URL === undefined) === (env.PROXY_REFRESH_TOKEN === undefined),
    {
      path: ['PROXY_REFRESH_TOKEN'],
      message: 'and PROXY_REFRESH_URL go together: set both or neither',
    },
  )

export type Env = z.infer<typeof envSchema>

/** One line that names the variable and says what to do: what a person needs at start-up. */
export const describeEnvError = (error: z.ZodError): string =>
  error.issues
    .map((issue) => `Invalid environment: ${issue.path.join('.') || 'env'} ${issue.message}`)
    .join('\n')

export const parseEnv = (source: Record<string, string | undefined>): Env => {
  const result = envSchema.safeParse(source)
  if (!result.success) throw new Error(describeEnvError(result.error))
  return result.data
}
