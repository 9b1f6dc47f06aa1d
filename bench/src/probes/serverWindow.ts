import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { z } from 'zod'
import { processTree } from '../load/processMemory'
import { median } from '../report/table'

const probeFile = path.join(import.meta.dirname, 'serverProbe.cjs')

/** What the app's server saw during one load run (serverProbe.cjs), plus its CPU time. */
const probeWindow = z.object({
  requests: z.number().int().nonnegative(),
  inServerP50Ms: z.number(),
  inServerP99Ms: z.number(),
  inServerMaxMs: z.number(),
  loopDelayP99Ms: z.number(),
  loopDelayMaxMs: z.number(),
  gcPauseMaxMs: z.number(),
  gcPauseTotalMs: z.number(),
})

export type ServerWindow = z.infer<typeof probeWindow> & {
  /** User and system CPU of the server process over the run. */
  cpuSeconds: number
}

/** The environment that loads the probe into the app's processes; results go to `dir`. */
export const probeEnv = (dir: string): Record<string, string> => ({
  NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${JSON.stringify(probeFile)}`]
    .filter(Boolean)
    .join(' '),
  GROUNDWORK_BENCH_PROBE_DIR: dir,
})

const clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }))

/** utime + stime from /proc/<pid>/stat; the command name may hold spaces, so read after ')'. */
const cpuSeconds = (pid: number) => {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[11]) + Number(fields[12])) / clockTicksPerSecond
}

/** Waits for a file the probe writes, up to five seconds. */
const waitForProbeFile = async (file: string, what: string) => {
  for (let waited = 0; waited < 5000; waited += 20) {
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8')
    await sleep(20)
  }
  throw new Error(
    `The server probe wrote no ${what} (${file}): was the app started with probeEnv()?`,
  )
}

/**
 * Measures what the Next.js server under `appRoot` saw while `run` ran: time spent on each
 * request inside the server, event-loop stalls, GC pauses and CPU time. Set apart from what the
 * load generator saw, it tells a slow server from a request that waited before the server
 * read it.
 */
export const serverProbe = (appRoot: number, dir: string) => {
  const windows = new Map<number, number>()
  const serverPid = () => {
    const server = processTree(appRoot).find(({ command }) => command.includes('next-server'))
    if (!server) throw new Error('No next-server process under the app')
    return server.pid
  }
  return async <T>(run: () => Promise<T>): Promise<{ result: T; server: ServerWindow }> => {
    const pid = serverPid()
    const cpuBefore = cpuSeconds(pid)
    const count = (windows.get(pid) ?? 0) + 1
    windows.set(pid, count)
    const file = path.join(dir, `${pid}-${count}`)
    process.kill(pid, 'SIGUSR2')
    await waitForProbeFile(`${file}.open`, 'start of a window')
    const result = await run()
    process.kill(pid, 'SIGUSR2')
    const cpuAfter = cpuSeconds(pid)
    const window = probeWindow.parse(JSON.parse(await waitForProbeFile(`${file}.json`, 'window')))
    return { result, server: { ...window, cpuSeconds: cpuAfter - cpuBefore } }
  }
}

export type ServerProbe = ReturnType<typeof serverProbe>

/** Windows of several rounds as one: sums, worst cases, and the middle round's median. */
export const combineWindows = (windows: ServerWindow[]): ServerWindow => {
  const max = (pick: (window: ServerWindow) => number) => Math.max(...windows.map(pick))
  const sum = (pick: (window: ServerWindow) => number) =>
    windows.reduce((total, window) => total + pick(window), 0)
  return {
    requests: sum((window) => window.requests),
    inServerP50Ms: median(windows.map((window) => window.inServerP50Ms)),
    inServerP99Ms: max((window) => window.inServerP99Ms),
    inServerMaxMs: max((window) => window.inServerMaxMs),
    loopDelayP99Ms: max((window) => window.loopDelayP99Ms),
    loopDelayMaxMs: max((window) => window.loopDelayMaxMs),
    gcPauseMaxMs: max((window) => window.gcPauseMaxMs),
    gcPauseTotalMs: sum((window) => window.gcPauseTotalMs),
    cpuSeconds: sum((window) => window.cpuSeconds),
  }
}
