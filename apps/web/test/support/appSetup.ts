import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../../scripts/lib/freePort'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /**
     * The app's own database (the embedded PostgreSQL it started), for what only the admin's
     * server side can do, such as queueing a scheduled publish. Empty when unknown.
     */
    appDatabaseUrl: string
  }
}

const appDir = path.resolve(import.meta.dirname, '../..')

/**
 * Starts the app exactly as README line 1 does (`scripts/start.ts`: embedded Postgres,
 * migrations, demo seed, build, `next start`), but with its own data folder, port and build
 * folder, so it never touches a developer's data or build.
 */
export default async function setup(project: TestProject) {
  // For iterating on the suite against an app you already run (it changes that app's data).
  // E2E_DATABASE_URL names that app's database, for the tests that queue jobs in it.
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL)
    project.provide('appDatabaseUrl', process.env.E2E_DATABASE_URL ?? '')
    return
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-e2e-'))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort()
  const distDir = `.next-e2e-${process.pid}`
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GROUNDWORK_DATA_DIR: dataDir,
    PORT: String(port),
    // Its own build folder: concurrent runs never share one, and nothing stale is reused.
    NEXT_DIST_DIR: distDir,
  }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  const log = fs.createWriteStream(path.join(dataDir, 'app.log'))
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli')
  const app: ChildProcess = spawn(process.execPath, [tsxCli, 'scripts/start.ts'], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  app.stdout?.pipe(log)
  app.stderr?.pipe(log)
  let postgresPort: string | undefined
  const ready = new Promise<void>((resolve, reject) => {
    let output = ''
    app.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      postgresPort ??= output.match(/PostgreSQL listens on 127\.0\.0\.1:(\d+)/)?.[1]
      if (output.includes('Groundwork is running')) resolve()
    })
    app.once('exit', (code) =>
      reject(new Error(`The app exited (${code}) before it was ready; log: ${dataDir}/app.log`)),
    )
  })
  const timeout = setTimeout(() => app.kill('SIGTERM'), 540_000)
  await ready.finally(() => clearTimeout(timeout))
  project.provide('baseUrl', `http://localhost:${port}`)
  // The start script names the port; the password is in the data folder's generated secrets.
  const { postgresPassword } = JSON.parse(
    fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'),
  ) as { postgresPassword: string }
  project.provide(
    'appDatabaseUrl',
    postgresPort
      ? `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${postgresPort}/groundwork`
      : '',
  )

  return async () => {
    const exited = new Promise((resolve) => app.once('exit', resolve))
    app.kill('SIGTERM')
    await exited
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.rmSync(path.join(appDir, distDir), { recursive: true, force: true })
  }
}
