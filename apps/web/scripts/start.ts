/**
 * `npm start`: the whole system on one machine. Uses DATABASE_URL when set, otherwise an
 * embedded PostgreSQL under the data folder; applies migrations, seeds an empty site, builds
 * when the sources changed, then serves site, admin and API. Ctrl-C stops everything.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseEnv } from '../src/runtime/env'
import {
  buildBundler,
  buildStamp,
  forgetOtherDatabasesPages,
  isBuildCurrent,
  NO_DATABASE,
  recordBuild,
} from './lib/buildIfNeeded'
import { dataDir, localSecrets } from './lib/dataDir'
import { type RunningPostgres, startEmbeddedPostgres } from './lib/embeddedPostgres'
import { portInUse } from './lib/freePort'
import { exited, next, runToEnd, tsx } from './lib/run'

const appDir = path.resolve(import.meta.dirname, '..')
const dev = process.argv.includes('--dev')
const port = Number(process.env.PORT || 3000)
const distDir = path.resolve(appDir, process.env.NEXT_DIST_DIR || '.next')

let postgres: RunningPostgres | undefined
const stopPostgres = async () => {
  const running = postgres
  postgres = undefined
  await running?.stop()
}

const fail = async (message: string) => {
  console.error(`\n✖ ${message}`)
  await stopPostgres()
  process.exit(1)
}

const main = async () => {
  if (await portInUse(port)) {
    return fail(`Port ${port} is in use. Stop what runs there or start with PORT=<free port>.`)
  }
  const embedded = !process.env.DATABASE_URL
  const secrets = embedded || process.env.NODE_ENV !== 'production' ? localSecrets() : undefined
  if (embedded) {
    console.log(`Starting the embedded PostgreSQL (data in ${path.join(dataDir, 'postgres')})…`)
    postgres = await startEmbeddedPostgres({
      dir: path.join(dataDir, 'postgres'),
      password: secrets?.postgresPassword ?? '',
      persistent: true,
      log: (line) => console.error(`[postgres] ${line}`),
    })
    const { port: pgPort } = new URL(postgres.url)
    console.log(
      `PostgreSQL listens on 127.0.0.1:${pgPort}, database groundwork, user postgres (password in ${path.join(dataDir, 'secrets.json')}).`,
    )
  }
  const env = {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || postgres?.url,
    PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || secrets?.payloadSecret,
    SERVER_URL: process.env.SERVER_URL || `http://localhost:${port}`,
    // Readers' privacy extends to our own tooling: no usage reports leave the machine.
    NEXT_TELEMETRY_DISABLED: '1',
    MEDIA_DIR: process.env.MEDIA_DIR || path.join(dataDir, 'media'),
  }
  parseEnv(env)

  console.log('Applying migrations…')
  // No dev server to reload from here: Payload's dev-mode HMR socket would only get in the way.
  const prepareEnv = { ...env, DISABLE_PAYLOAD_HMR: 'true' }
  await runToEnd(tsx('scripts/prepareDatabase.ts', prepareEnv, appDir), 'Preparing the database')

  const serveEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: dev ? 'development' : 'production',
    PORT: String(port),
  }
  if (!dev) {
    const stamp = buildStamp(env.SERVER_URL)
    if (isBuildCurrent(distDir, stamp)) {
      console.log('The build is current.')
    } else {
      console.log('Building the app (about a minute on 2 cores)…')
      // Pages cached under the old build were rendered by its sources.
      fs.rmSync(distDir, { recursive: true, force: true })
      await runToEnd(
        next(
          buildBundler() === 'webpack' ? ['build', '--webpack'] : ['build'],
          { ...serveEnv, DATABASE_URL: NO_DATABASE },
          appDir,
        ),
        'next build',
      )
      recordBuild(distDir, stamp)
    }
    if (await forgetOtherDatabasesPages(distDir, String(env.DATABASE_URL))) {
      console.log('Another database was served before: its cached pages are dropped.')
    }
  }
  const server = next([dev ? 'dev' : 'start', '--port', String(port)], serveEnv, appDir)
  const stop = async () => {
    server.kill('SIGTERM')
    await exited(server)
    await stopPostgres()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  for (let i = 0; i < 600 && !(await portInUse(port)); i++)
    await new Promise((r) => setTimeout(r, 100))
  console.log(
    [
      '',
      `Groundwork is running:`,
      `  site     ${env.SERVER_URL}/`,
      `  admin    ${env.SERVER_URL}/admin  (first visit: create the first user; it becomes the admin)`,
      `  REST     ${env.SERVER_URL}/api/articles`,
      `  GraphQL  ${env.SERVER_URL}/api/graphql`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  )
  const code = await exited(server)
  await stopPostgres()
  process.exit(code)
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
