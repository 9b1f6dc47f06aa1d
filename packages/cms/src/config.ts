import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { seoPlugin } from '@payloadcms/plugin-seo'
import {
  buildConfig,
  type CollectionConfig,
  type Config,
  type Migration,
  type SanitizedConfig,
} from 'payload'
import sharp from 'sharp'
import { adminsOnly, decideAccessOfPayloadCollections } from './access/payloadCollections'
import type { AuthAttempts } from './auth/authAttempts'
import { hideLockedAccounts } from './auth/hideLockedAccounts'
import { articles } from './collections/articles'
import { authors } from './collections/authors'
import { disclaimers } from './collections/disclaimers'
import { media } from './collections/media'
import { redirects } from './collections/redirects'
import { topics } from './collections/topics'
import { users } from './collections/users'
import { webhookDeliveries } from './collections/webhookDeliveries'
import { webhooks } from './collections/webhooks'
import type { OnContentChange } from './contentChange'
import { editor } from './editor'
import { site } from './globals/site'
import { guardCollectionInput } from './guards/guardInput'
import { refuseUnreadableQueries } from './guards/readableQueryPaths'
import { limitPublicReads } from './hooks/limitPublicReads'
import { readJobsFromPrimary } from './jobs/readJobsFromPrimary'
import { type MediaStorage, mediaStoragePlugin } from './mediaStorage'
import { seoDefaults } from './seo'
import { deliverWebhookTask, WEBHOOK_QUEUE } from './webhooks/deliverTask'
import type { WebhookTargetPolicy } from './webhooks/targetPolicy'

/** Payload scores about 10 per populated relation: an article screen needs ~40, a 20-level bomb 200+. */
export const GRAPHQL_MAX_COMPLEXITY = 120

/**
 * Every collection gets the public read limits and the input guard: a new collection cannot
 * forget them.
 */
const guarded = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      ...(collection.hooks?.beforeOperation ?? []),
      limitPublicReads,
      guardCollectionInput,
      refuseUnreadableQueries,
    ],
  },
})

export type CmsOptions = {
  databaseUrl: string
  secret: string
  /** Public origin, e.g. http://localhost:3000: admin links, CORS and CSRF. */
  serverUrl: string
  /** Further origins allowed to call the API from a browser (CORS) and send cookies (CSRF). */
  allowedOrigins?: string[]
  /** Where uploaded media are written. */
  mediaDir: string
  /** An S3-compatible bucket media go to instead of `mediaDir` (none: the disk). */
  mediaStorage?: MediaStorage
  /** Folder the admin import map is generated into (the app's `src/`). */
  importMapBaseDir: string
  /** Called after every change readers could see; the app revalidates its caches here. */
  onContentChange: OnContentChange
  /** Run the jobs queue (webhook deliveries) in this process; tests run it by hand. */
  runJobs?: boolean | (() => Promise<boolean>)
  /** Applied when Payload starts in production (`NODE_ENV=production`). */
  prodMigrations?: Migration[]
  /** Streaming replicas reads may go to (DATABASE_REPLICA_URLS); writes go to `databaseUrl`. */
  databaseReplicaUrls?: string[]
  /** Webhook URLs on private networks are refused unless allowed (WEBHOOKS_ALLOW_PRIVATE_TARGETS). */
  webhookTargets?: WebhookTargetPolicy
  /** Counts every login and password-reset attempt per caller; none: unlimited (scripts). */
  authAttempts?: AuthAttempts
  /**
   * The app's own admin components, as Payload component paths relative to `importMapBaseDir`
   * (e.g. `/admin/ReviewsDue#ReviewsDue`): the cms names no file of the app.
   */
  adminComponents?: { beforeDashboard?: string[] }
}

const here = path.dirname(new URL(import.meta.url).pathname)

export const buildCmsConfig = async (options: CmsOptions): Promise<SanitizedConfig> =>
  decideAccessOfPayloadCollections(await buildConfig(cmsConfig(options)))

/** The plain config object, before Payload sanitises it. */
export const cmsConfig = (options: CmsOptions): Config => {
  const notify = options.onContentChange
  // Never '*': the allow-list is the site itself plus what the operator names.
  const origins = [...new Set([options.serverUrl, ...(options.allowedOrigins ?? [])])]
  return {
    secret: options.secret,
    serverURL: options.serverUrl,
    cors: origins,
    csrf: origins,
    admin: {
      user: 'users',
      avatar: 'default',
      importMap: { baseDir: options.importMapBaseDir },
      meta: { titleSuffix: ' · Groundwork' },
      components: { beforeDashboard: options.adminComponents?.beforeDashboard ?? [] },
      livePreview: {
        breakpoints: [
          { name: 'phone', label: 'Phone', width: 390, height: 844 },
          { name: 'tablet', label: 'Tablet', width: 820, height: 1180 },
          { name: 'desktop', label: 'Desktop', width: 1440, height: 900 },
        ],
      },
    },
    collections: [
      articles({ onContentChange: notify, serverUrl: options.serverUrl }),
      authors(notify),
      topics(notify),
      disclaimers(notify),
      media(notify, options.mediaDir),
      redirects,
      users({
        secureCookies: options.serverUrl.startsWith('https://'),
        authAttempts: options.authAttempts,
      }),
      webhooks(options.webhookTargets),
      webhookDeliveries,
    ].map(guarded),
    jobs: {
      tasks: [deliverWebhookTask(options.webhookTargets)],
      // The app runs its own queues: no external cron for the default setup. Scheduled publishes
      // land on the default queue; checked every second so "publish at 9:00" means 9:00.
      autoRun: [
        { cron: '*/2 * * * * *', queue: WEBHOOK_QUEUE, limit: 20 },
        { cron: '* * * * * *', queue: 'default', limit: 20 },
      ],
      shouldAutoRun: async (payload) => {
        const run =
          typeof options.runJobs === 'function'
            ? await options.runJobs()
            : (options.runJobs ?? true)
        if (run) readJobsFromPrimary(payload)
        return run
      },
      // The app's own cron runs jobs with access control off; over HTTP, only admins may.
      access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
    },
    globals: [site(notify)],
    // A locked account answers a login as an unknown email does (REST and GraphQL).
    hooks: { afterError: [hideLockedAccounts] },
    plugins: [seoPlugin(seoDefaults(options.serverUrl)), mediaStoragePlugin(options.mediaStorage)],
    editor,
    db: postgresAdapter({
      pool: { connectionString: options.databaseUrl },
      migrationDir: path.join(here, 'migrations'),
      // Migrations are the only way the schema changes: never push, not even in development.
      push: false,
      prodMigrations: options.prodMigrations,
      ...(options.databaseReplicaUrls?.length ? { readReplicas: options.databaseReplicaUrls } : {}),
    }),
    sharp,
    telemetry: false,
    // Types are generated on purpose (`npm run generate`), never rewritten by a running app.
    typescript: { outputFile: path.join(here, 'payload-types.ts'), autoGenerate: false },
    graphQL: {
      disablePlaygroundInProduction: true,
      disableIntrospectionInProduction: true,
      // Enough for a screen of articles with authors and picks; a nested also-browsed bomb is not.
      maxComplexity: GRAPHQL_MAX_COMPLEXITY,
    },
  }
}
