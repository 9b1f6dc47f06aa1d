/**
 * `npm run serve`: one instance of the app as `npm run build` left it, for running several behind
 * a load balancer. Never builds, never starts a database: DATABASE_URL and PAYLOAD_SECRET must be
 * set, and the start stops with one line naming whichever is missing. Runs Next's standalone
 * server in this process; Payload applies pending migrations as it boots, one instance at a
 * time (lib/migrationTurn.ts). `npm run build` also bundles this file into the standalone folder
 * as `serve.mjs`, which the Docker image runs: the same code with nothing else installed.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseEnv } from '../src/runtime/env'
import { forgetOtherDatabasesPages } from './lib/buildIfNeeded'
import { dataDir } from './lib/dataDir'
import { portInUse } from './lib/freePort'
import { startInTurn } from './lib/migrationTurn'
import { readServeManifest, standaloneLayout } from './lib/standalone'

const here = import.meta.dirname
/** Bundled as serve.mjs it sits beside server.js; run from the repository, it finds the build. */
const bundled = fs.existsSync(path.join(here, 'server.js'))
const appFolder = bundled
  ? here
  : standaloneLayout(path.resolve(here, '..', process.env.NEXT_DIST_DIR || '.next')).app

const fail = (message: string): never => {
  for (const line of message.split('\n')) console.error(`✖ ${line}`)
  process.exit(1)
}

const databaseError = (error: unknown) => {
  const { code, message } = error as { code?: string; message?: string }
  return code ?? message ?? String(error)
}

/** Until the server answers /healthz: Payload has booted (and migrated) by then. */
const untilServing = async (port: number) => {
  for (let i = 0; i < 1200; i++) {
    const answered = await fetch(`http://127.0.0.1:${port}/healthz`, {
      signal: AbortSignal.timeout(5000),
    }).then(
      (response) => response.ok,
      () => false,
    )
    if (answered) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const main = async () => {
  let env: ReturnType<typeof parseEnv>
  try {
    env = parseEnv(process.env)
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
  const manifest = readServeManifest(appFolder)
  if (!manifest) {
    return fail(
      `No finished build in ${appFolder}: run \`npm run build\` first (serve never builds).`,
    )
  }
  const port = Number(process.env.PORT || 3000)
  if (await portInUse(port)) {
    return fail(`Port ${port} is in use. Stop what runs there or serve with PORT=<free port>.`)
  }
  if (!process.env.SERVER_URL) process.env.SERVER_URL = manifest.serverUrl
  else if (env.SERVER_URL !== manifest.serverUrl) {
    console.warn(
      `! Built for SERVER_URL=${manifest.serverUrl} (robots.txt names its sitemap), served as ${env.SERVER_URL}: build with the public origin.`,
    )
  }
  // From the repository, uploads go where `npm start` keeps them; the image sets MEDIA_DIR.
  if (!bundled) process.env.MEDIA_DIR ||= path.join(dataDir, 'media')
  Object.assign(process.env, {
    NODE_ENV: 'production',
    PORT: String(port),
    // Every interface. Not the inherited HOSTNAME: Docker sets it to the container's name.
    HOSTNAME: '0.0.0.0',
    NEXT_TELEMETRY_DISABLED: '1',
  })

  // Until Next's own handlers are in place, a stop request simply ends the wait.
  const stopWhileWaiting = () => process.exit(0)
  process.once('SIGTERM', stopWhileWaiting)
  process.once('SIGINT', stopWhileWaiting)
  const start = async () => {
    process.off('SIGTERM', stopWhileWaiting)
    process.off('SIGINT', stopWhileWaiting)
    await import(pathToFileURL(path.join(appFolder, 'server.js')).href)
  }
  const log = (line: string) => console.log(line)
  const servedDistDir = path.join(appFolder, manifest.distDir)
  let started = false
  const startOnce = async () => {
    started = true
    await start()
  }
  try {
    if (await forgetOtherDatabasesPages(servedDistDir, env.DATABASE_URL)) {
      log('Another database was served before: its cached pages are dropped.')
    }
    await startInTurn({
      databaseUrl: env.DATABASE_URL,
      expected: manifest.migrations,
      start: startOnce,
      log,
    })
  } catch (error) {
    if (started) throw error
    // The app retries its own boot every few seconds (runtime/bootPayload.ts): serve anyway.
    log(`PostgreSQL did not answer (${databaseError(error)}); starting, the app keeps retrying.`)
    await startOnce()
  }
  if (await untilServing(port)) {
    log(`Serving ${process.env.SERVER_URL} on port ${port} (process ${process.pid}).`)
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
