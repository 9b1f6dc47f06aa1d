import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '@groundwork/web/scripts'

export type BenchDatabase = {
  url: string
  /** Hands the server's log lines to `listener` until the returned function is called. */
  listen: (listener: (line: string) => void) => () => void
  stop: () => Promise<void>
}

/**
 * The benchmark's own PostgreSQL (never the development data), thrown away at the end. Its
 * server log is kept reachable so statements can be counted where they run.
 */
export const startBenchDatabase = async (): Promise<BenchDatabase> => {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-bench-db-'))
  fs.chmodSync(parent, 0o755)
  let listener: ((line: string) => void) | undefined
  const postgres = await startEmbeddedPostgres({
    dir: path.join(parent, 'postgres'),
    password: randomBytes(18).toString('base64url'),
    persistent: false,
    serverLog: (chunk) => {
      for (const line of chunk.split('\n')) listener?.(line)
    },
  })
  return {
    url: postgres.url,
    listen: (next) => {
      listener = next
      return () => {
        listener = undefined
      }
    },
    stop: async () => {
      await postgres.stop()
      fs.rmSync(parent, { recursive: true, force: true })
    },
  }
}
