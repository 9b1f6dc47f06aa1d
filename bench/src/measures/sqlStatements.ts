import fs from 'node:fs'
import pg from 'pg'

/** Background work that queries on its own clock, not for the page being measured. */
const unrelated = /payload_jobs|pg_catalog|bench-marker/

/**
 * Counts the SQL statements PostgreSQL itself executes while `render()` runs, from its
 * statement log (`log_statement = all`, written to the app's log by the embedded server).
 * The jobs queue polls every second; its statements are left out.
 */
export const countStatements = async (
  databaseUrl: string,
  logFile: string,
  render: () => Promise<void>,
) => {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300))
  try {
    await client.query(`ALTER SYSTEM SET log_statement = 'all'`)
    await client.query('SELECT pg_reload_conf()')
    await settle()
    const from = fs.statSync(logFile).size
    await render()
    await settle()
    const log = fs.readFileSync(logFile).subarray(from).toString()
    const statements = log
      .split('\n')
      .filter((line) => /LOG:\s+(statement|execute [^:]*):/.test(line) && !unrelated.test(line))
    return { count: statements.length, statements }
  } finally {
    await client.query('ALTER SYSTEM RESET log_statement')
    await client.query('SELECT pg_reload_conf()')
    await client.end()
  }
}
