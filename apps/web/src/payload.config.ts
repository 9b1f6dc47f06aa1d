import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCmsConfig } from '@groundwork/cms'
import { migrations } from '@groundwork/cms/migrations'
import { waitForReplicas } from './freshness/replicaCatchUp'
import { revalidateContent } from './freshness/revalidate'
import { authAttemptLimiter } from './http/rateLimit/authAttempts'
import { trustProxy } from './http/rateLimit/callerKey'
import { sharedLimiterFromEnv } from './http/rateLimit/sharedLimits'
import { parseEnv } from './runtime/env'
import { jobsLeader } from './runtime/jobsLeader'
import { mediaStorage } from './runtime/mediaStorage'

const env = parseEnv(process.env)

// With replicas, a change's pages are expired once every replica has it (docs/scaling.md).
const replicasHave =
  env.DATABASE_REPLICA_URLS.length > 0
    ? waitForReplicas({ primaryUrl: env.DATABASE_URL, replicaUrls: env.DATABASE_REPLICA_URLS })
    : undefined

export default buildCmsConfig({
  databaseUrl: env.DATABASE_URL,
  secret: env.PAYLOAD_SECRET,
  serverUrl: env.SERVER_URL,
  allowedOrigins: env.CORS_ORIGINS,
  mediaDir: env.MEDIA_DIR,
  mediaStorage: mediaStorage(env),
  databaseReplicaUrls: env.DATABASE_REPLICA_URLS,
  importMapBaseDir: path.dirname(fileURLToPath(import.meta.url)),
  onContentChange: revalidateContent(env.PAYLOAD_SECRET, replicasHave),
  prodMigrations: migrations,
  // Of several instances, only the one holding the jobs lock runs the queue: one run per job.
  runJobs: jobsLeader(env.DATABASE_URL).isLeader,
  webhookTargets: { allowPrivate: env.WEBHOOKS_ALLOW_PRIVATE_TARGETS },
  // Counted across instances in Redis when REDIS_URL is set, in this process otherwise.
  authAttempts: authAttemptLimiter({
    trustProxy: trustProxy(),
    limiter: sharedLimiterFromEnv(env),
  }),
  // The reviews that are due, first thing an editor sees.
  adminComponents: { beforeDashboard: ['/admin/ReviewsDue#ReviewsDue'] },
})
