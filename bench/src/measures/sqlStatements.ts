import pg from 'pg'
import type { BenchDatabase } from '../production/benchDatabase'

/**
 * Background work that queries on its own clock, not for the page being measured: the jobs
 * queue polls every second inside a transaction. A render's reads use no transaction (the
 * integration test, which counts every statement at the driver, sees none), so bare
 * begin/commit lines are the queue's.
 */
const unrelated =
  /payload_jobs|pg_catalog|pg_reload_conf|log_statement|statement: (begin|commit|rollback)\s*$/i

/**
 * Counts the SQL statements PostgreSQL itself executes while `render()` runs, from its own
 * statement log (`log_statement = all`). The jobs queue polls every second; its statements are
 * left out.
 */
export const countStatements = async (database: BenchDatabase, render: () => Promise<void>) => {
  const client = new pg.Client({ connectionString: database.url })
  await client.connect()
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300))
  const statements: string[] = []
  try {
    await client.query(`ALTER SYSTEM SET log_statement = 'all'`)
    await client.query('SELECT pg_reload_conf()')
    await settle()
    const stopListening = database.listen((line) => {
      if (/LOG:\s+(statement|execute [^:]*):/.test(line) && !unrelated.test(line)) {
        statements.push(line.replace(/^.*?LOG:\s+/, ''))
      }
    })
    await render()
    await settle()
    stopListening()
    return { count: statements.length, statements }
  } finally {
    await client.query('ALTER SYSTEM RESET log_statement')
    await client.query('SELECT pg_reload_conf()')
    await client.end()
  }
}
