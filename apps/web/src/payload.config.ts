import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCmsConfig } from '@groundwork/cms'
import { migrations } from '@groundwork/cms/migrations'
import { revalidateContent } from './freshness/revalidate'
import { authAttemptLimiter } from './http/rateLimit/authAttempts'
import { trustProxy } from './http/rateLimit/callerKey'
import { parseEnv } from './runtime/env'

const env = parseEnv(process.env)

export default buildCmsConfig({
  databaseUrl: env.DATABASE_URL,
  secret: env.PAYLOAD_SECRET,
  serverUrl: env.SERVER_URL,
  allowedOrigins: env.CORS_ORIGINS,
  mediaDir: env.MEDIA_DIR,
  importMapBaseDir: path.dirname(fileURLToPath(import.meta.url)),
  onContentChange: revalidateContent(env.PAYLOAD_SECRET),
  prodMigrations: migrations,
  webhookTargets: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS },
  authAttempts: authAttemptLimiter({ trustProxy: trustProxy() }),
  // The reviews that are due, first thing an editor sees.
  adminComponents: { beforeDashboard: ['/admin/ReviewsDue#ReviewsDue'] },
})
