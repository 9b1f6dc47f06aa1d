import path from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type Config, type Migration, type SanitizedConfig } from 'payload'
import sharp from 'sharp'
import { articles } from './collections/articles'
import { authors } from './collections/authors'
import { disclaimers } from './collections/disclaimers'
import { media } from './collections/media'
import { topics } from './collections/topics'
import { users } from './collections/users'
import type { OnContentChange } from './content-change'
import { site } from './globals/site'

export type CmsOptions = {
  databaseUrl: string
  secret: string
  /** Public origin, e.g. http://localhost:3000: admin links, CORS and CSRF. */
  serverUrl: string
  /** Where uploaded media are written. */
  mediaDir: string
  /** Folder the admin import map is generated into (the app's `src/`). */
  importMapBaseDir: string
  /** Called after every change readers could see; the app revalidates its caches here. */
  onContentChange: OnContentChange
  /** Applied when Payload starts in production (`NODE_ENV=production`). */
  prodMigrations?: Migration[]
}

const here = path.dirname(new URL(import.meta.url).pathname)

export const buildCmsConfig = (options: CmsOptions): Promise<SanitizedConfig> =>
  buildConfig(cmsConfig(options))

/** The plain config object, before Payload sanitises it. */
export const cmsConfig = (options: CmsOptions): Config => {
  const notify = options.onContentChange
  return {
    secret: options.secret,
    serverURL: options.serverUrl,
    cors: [options.serverUrl],
    csrf: [options.serverUrl],
    admin: {
      user: 'users',
      avatar: 'default',
      importMap: { baseDir: options.importMapBaseDir },
      meta: { titleSuffix: ' · Groundwork' },
    },
    collections: [
      articles(notify),
      authors(notify),
      topics(notify),
      disclaimers(notify),
      media(notify, options.mediaDir),
      users,
    ],
    globals: [site(notify)],
    editor: lexicalEditor(),
    db: postgresAdapter({
      pool: { connectionString: options.databaseUrl },
      migrationDir: path.join(here, 'migrations'),
      // Migrations are the only way the schema changes: never push, not even in development.
      push: false,
      prodMigrations: options.prodMigrations,
    }),
    sharp,
    telemetry: false,
    // Types are generated on purpose (`npm run generate`), never rewritten by a running app.
    typescript: { outputFile: path.join(here, 'payload-types.ts'), autoGenerate: false },
    graphQL: { disablePlaygroundInProduction: true },
  }
}
