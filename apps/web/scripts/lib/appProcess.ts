import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildStamp, recordBuild } from './buildIfNeeded'
import { freePort } from './freePort'
import { startUntilReady, stopProgram } from './startUntilReady'

const appDir = path.resolve(import.meta.dirname, '../..')

export type AppProcess = {
  baseUrl: string
  port: number
  /** The embedded PostgreSQL the app started; empty when DATABASE_URL was given. */
  databaseUrl: string
  dataDir: string
  /** The app's build folder, where Next also keeps what it caches while serving. */
  distDir: string
  logFile: string
  /** The start script's process; the Next.js server and PostgreSQL run under it. */
  pid: number
  /** Stops the app and its PostgreSQL, then removes its data and build folders. */
  stop: () => Promise<void>
}

/**
 * Starts the app exactly as README line 1 does (`scripts/start.ts`: embedded PostgreSQL,
 * migrations, demo seed, build, `next start`), but with its own data folder, port and build
 * folder, so it never touches a developer's data or build. Used by the e2e suite, the
 * benchmarks and the load test.
 */
export const startAppProcess = async ({
  env: extraEnv = {},
  name = 'app',
  timeoutMs = 540_000,
  buildFrom,
}: {
  /** Added to (or replacing) this process's environment. */
  env?: Record<string, string>
  /** Names the temporary folders, so a leftover says whose it was. */
  name?: string
  timeoutMs?: number
  /**
   * Another app's build folder to serve a copy of, as it is, instead of building: several
   * instances of one build. What that app cached while serving and its standalone server are
   * left out of the copy.
   */
  buildFrom?: string
} = {}): Promise<AppProcess> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `groundwork-${name}-`))
  fs.chmodSync(dataDir, 0o755)
  const port = await freePort()
  const distDir = `.next-${name}-${process.pid}`
  if (buildFrom) {
    const leftOut = ['cache', 'standalone', 'server/route-cache'].map((dir) =>
      path.join(buildFrom, dir),
    )
    fs.cpSync(buildFrom, path.join(appDir, distDir), {
      recursive: true,
      filter: (source) => !leftOut.includes(source),
    })
    // Served as it is, even if the sources changed since it was built (another instance serves
    // that very build): stamped as current for the start script.
    const serverUrl = extraEnv.SERVER_URL ?? `http://localhost:${port}`
    recordBuild(path.join(appDir, distDir), buildStamp(serverUrl))
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GROUNDWORK_DATA_DIR: dataDir,
    PORT: String(port),
    // Its own build folder: concurrent runs never share one, and nothing stale is reused.
    NEXT_DIST_DIR: distDir,
  }
  delete env.DATABASE_URL
  delete env.PAYLOAD_SECRET
  Object.assign(env, extraEnv)
  const logFile = path.join(dataDir, 'app.log')
  const { child: app, ready } = startUntilReady({
    script: 'scripts/start.ts',
    cwd: appDir,
    env,
    log: logFile,
    isReady: (output) => output.includes('Groundwork is running'),
    timeoutMs,
  })
  // A crashed or interrupted caller must not leave the app and its PostgreSQL running.
  const killOnExit = () => app.kill('SIGTERM')
  process.once('exit', killOnExit)
  const postgresPort = (await ready).match(/PostgreSQL listens on 127\.0\.0\.1:(\d+)/)?.[1]

  // The start script names the port; the password is in the data folder's generated secrets.
  let databaseUrl = ''
  if (postgresPort) {
    const { postgresPassword } = JSON.parse(
      fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8'),
    ) as { postgresPassword: string }
    databaseUrl = `postgres://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${postgresPort}/groundwork`
  }
  return {
    baseUrl: `http://localhost:${port}`,
    port,
    databaseUrl,
    dataDir,
    distDir: path.join(appDir, distDir),
    logFile,
    pid: app.pid ?? 0,
    stop: async () => {
      process.off('exit', killOnExit)
      await stopProgram(app)
      fs.rmSync(dataDir, { recursive: true, force: true })
      fs.rmSync(path.join(appDir, distDir), { recursive: true, force: true })
    },
  }
}
