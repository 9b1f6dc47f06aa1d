import pg from 'pg'
import type { ReadinessCheck } from './check'

/**
 * `select 1` over a connection of its own: the answer is about PostgreSQL, not about how busy
 * the app's pool is, and a connection that hangs is abandoned when the check's time is up.
 */
export const postgresCheck: ReadinessCheck = {
  name: 'postgres',
  appliesTo: () => true,
  problem: async (env, signal) => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    // A client that never connected emits its errors; they are the check's answer already.
    client.on('error', () => {})
    const abandon = () => void client.end().catch(() => {})
    signal.addEventListener('abort', abandon, { once: true })
    try {
      await client.connect()
      await client.query('select 1')
      return null
    } finally {
      signal.removeEventListener('abort', abandon)
      abandon()
    }
  },
}
