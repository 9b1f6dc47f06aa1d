import type { ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  freePort,
  processAlive,
  startUntilReady,
  stopProgram,
} from '@groundwork/web/scripts/process'
import type { TestProject } from 'vitest/node'
import { appPidFile } from './appServer'
import type { FaultsContext } from './context'
import { summarize } from './tally'

const appDir = path.resolve(import.meta.dirname, '../../..')

/**
 * The fault suite owns its PostgreSQL (so it can stop and start it) and its build. Setup starts
 * the Postgres keeper, then runs `scripts/start.ts` against it with DATABASE_URL set (migrations,
 * demo seed, `next build`, `next start`) and stops it once it serves: each test file then runs
 * `next start` on that build itself, so it can kill and restart the app.
 */
export default async function setup(project: TestProject) {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-faults-'))
  // The keeper's Postgres runs as the `postgres` user when tests run as root: it must get in.
  fs.chmodSync(runDir, 0o755)
  const distDir = `.next-faults-${process.pid}`
  let keeper: ChildProcess | undefined

  /** Logs stay when something failed: they are the only account of what the app did. */
  const teardown = async (failed = false) => {
    const pidFile = appPidFile(runDir)
    const leftover = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : 0
    if (leftover > 0 && processAlive(leftover)) process.kill(leftover, 'SIGKILL')
    if (keeper) await stopProgram(keeper)
    const summary = summarize(runDir)
    console.log(`\n${summary}\n`)
    fs.rmSync(path.join(appDir, distDir), { recursive: true, force: true })
    if (failed || summary.includes('FAILED')) console.log(`Logs kept in ${runDir}\n`)
    else fs.rmSync(runDir, { recursive: true, force: true })
  }

  try {
    const started = startUntilReady({
      script: 'test/faults/support/postgresKeeper.ts',
      args: [runDir],
      cwd: appDir,
      env: process.env,
      log: path.join(runDir, 'postgres.log'),
      isReady: (output) => output.includes('"control"'),
      timeoutMs: 120_000,
    })
    keeper = started.child
    const line = (await started.ready).split('\n').find((each) => each.startsWith('{')) ?? '{}'
    const { url, control } = JSON.parse(line) as { url: string; control: string }

    const port = await freePort()
    const baseUrl = `http://localhost:${port}`
    const appEnv: Record<string, string> = {
      DATABASE_URL: url,
      PAYLOAD_SECRET: randomBytes(32).toString('hex'),
      PORT: String(port),
      SERVER_URL: baseUrl,
      NEXT_DIST_DIR: distDir,
      GROUNDWORK_DATA_DIR: path.join(runDir, 'data'),
      MEDIA_DIR: path.join(runDir, 'data', 'media'),
      NEXT_TELEMETRY_DISABLED: '1',
    }
    const app = startUntilReady({
      script: 'scripts/start.ts',
      cwd: appDir,
      env: { ...process.env, ...appEnv },
      log: path.join(runDir, 'start.log'),
      isReady: (output) => output.includes('Groundwork is running'),
      // Two cores shared with other agents' builds: the build alone can take several minutes.
      timeoutMs: 900_000,
    })
    await app.ready
    await stopProgram(app.child)

    const context: FaultsContext = {
      appEnv,
      baseUrl,
      databaseUrl: url,
      postgresControl: control,
      runDir,
    }
    project.provide('faults', context)
  } catch (error) {
    await teardown(true)
    throw error
  }
  return teardown
}
