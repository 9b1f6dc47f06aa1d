import { spawn } from 'node:child_process'
import pg from 'pg'

export type TestDatabase = { url: string; drop: () => Promise<void> }

/** A new database on the server DATABASE_URL names. */
export const databaseOnServer = async (server: string, label: string): Promise<TestDatabase> => {
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

/** A throwaway embedded PostgreSQL, run in a child process (see postgresServer.ts for why). */
const embeddedServer = async (label: string): Promise<TestDatabase> => {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/postgresServer.ts', label],
    { cwd: new URL('../..', import.meta.url).pathname, stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise((resolve) => child.once('exit', resolve))
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'))
      if (line) resolve((JSON.parse(line) as { url: string }).url)
    })
    child.once('exit', (code) => reject(new Error(`embedded Postgres exited early (${code})`)))
  })
  return {
    url,
    drop: async () => {
      child.kill('SIGTERM')
      await exited
    },
  }
}

/**
 * A fresh database for one test run: a new database on DATABASE_URL's server when it is set,
 * otherwise a throwaway embedded PostgreSQL (nothing to install, nothing left behind).
 */
export const createTestDatabase = (label: string): Promise<TestDatabase> =>
  process.env.DATABASE_URL
    ? databaseOnServer(process.env.DATABASE_URL, label)
    : embeddedServer(label)
