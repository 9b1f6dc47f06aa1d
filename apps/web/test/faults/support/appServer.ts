import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FaultsContext } from './context'

const appDir = path.resolve(import.meta.dirname, '../../..')
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')

/** Where the running app's pid is kept, so the global teardown can end one a failed file left. */
export const appPidFile = (runDir: string) => path.join(runDir, 'app.pid')

export type AppServer = {
  pid: number
  /** Everything the server printed so far. */
  output: () => string
  /** Sends `signal` and waits for the process to end. */
  kill: (signal: NodeJS.Signals) => Promise<void>
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve()
    else child.once('exit', () => resolve())
  })

/**
 * Until the server answers the home page with `ready` (by default 200: its first requests wait
 * for Payload to boot).
 */
const waitUntilServing = async (
  baseUrl: string,
  child: ChildProcess,
  log: string,
  ready: (status: number) => boolean,
) => {
  const deadline = Date.now() + 120_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`next start exited (${child.exitCode}); see ${log}`)
    const status = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(30_000) })
      .then((response) => response.status)
      .catch(() => 0)
    if (ready(status)) return
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`The app did not answer within 2 minutes; see ${log}`)
}

/**
 * `next start` on the suite's build, with the environment `npm start` gives it: the process a
 * fault test stops, kills and starts again. `label` names its log file in the run folder.
 */
export const startApp = async (
  context: FaultsContext,
  label: string,
  ready: (status: number) => boolean = (status) => status === 200,
): Promise<AppServer> => {
  const { appEnv, runDir, baseUrl } = context
  const log = path.join(runDir, `app-${label}.log`)
  const child = spawn(process.execPath, [nextBin, 'start', '--port', appEnv.PORT ?? ''], {
    cwd: appDir,
    env: { ...process.env, ...appEnv, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const pid = child.pid
  if (pid === undefined) throw new Error('next start did not start')
  fs.writeFileSync(appPidFile(runDir), String(pid))
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    fs.appendFileSync(log, chunk)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  await waitUntilServing(baseUrl, child, log, ready)
  return {
    pid,
    output: () => output,
    kill: async (signal) => {
      const done = exited(child)
      child.kill(signal)
      await done
      fs.rmSync(appPidFile(runDir), { force: true })
    },
  }
}
