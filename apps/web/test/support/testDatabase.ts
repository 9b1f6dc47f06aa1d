import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/**
 * A fresh database for one test run: a new database on DATABASE_URL's server when it is set,
 * otherwise a throwaway embedded PostgreSQL (nothing to install, nothing left behind).
 */
export const createTestDatabase = async (label: string): Promise<TestDatabase> => {
  const server = process.env.DATABASE_URL
  if (server) {
    const name = `groundwork_${label}_${process.pid}_${Date.now()}`
    const admin = new pg.Client({ connectionString: server })
    await admin.connect()
    await admin.query(`CREATE DATABASE "${name}"`)
    await admin.end()
    const url = new URL(server)
    url.pathname = `/${name}`
    return {
      url: url.toString(),
      drop: async () => {
        const client = new pg.Client({ connectionString: server })
        await client.connect()
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await client.end()
      },
    }
  }
  // /tmp is world-traversable, which the `postgres` user needs when tests run as root.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `groundwork-${label}-`))
  fs.chmodSync(dir, 0o755)
  const running = await startEmbeddedPostgres({
    dir: path.join(dir, 'postgres'),
    password: 'test-only-password',
    persistent: false,
  })
  return {
    url: running.url,
    drop: async () => {
      await running.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
