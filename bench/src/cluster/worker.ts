import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import type { Candidate } from './candidates'
import type { WorkerReply, WorkerRequest } from './handlerWorker'

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

/** One app instance played by a worker process running a candidate handler. */
export type Worker = {
  call: (request: DistributiveOmit<WorkerRequest, 'id'>) => Promise<WorkerReply>
  stop: () => void
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Starts `handlerWorker.ts` on `nodeBinary` with `candidate` installed in `dir`, logging to `logFile`. */
export const startWorker = (
  candidate: Candidate,
  {
    dir,
    redisUrl,
    nodeBinary,
    logFile,
  }: { dir: string; redisUrl: string; nodeBinary: string; logFile: string },
) =>
  new Promise<Worker>((resolve, reject) => {
    const child: ChildProcess = fork(path.join(import.meta.dirname, 'handlerWorker.ts'), [], {
      execPath: nodeBinary,
      execArgv: ['--import', 'tsx'],
      env: {
        ...process.env,
        CANDIDATE: candidate.name,
        CANDIDATE_DIR: dir,
        REDIS_URL: redisUrl,
        NODE_ENV: 'production',
        WORKER_LOG: logFile,
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    const waiting = new Map<number, (reply: WorkerReply) => void>()
    let next = 1
    child.on('message', (reply: WorkerReply) => {
      if (reply.id === 0) {
        resolve({
          call: (request) =>
            new Promise((done) => {
              const id = next++
              waiting.set(id, done)
              child.send({ ...request, id })
            }),
          stop: () => child.kill('SIGKILL'),
        })
        return
      }
      waiting.get(reply.id)?.(reply)
      waiting.delete(reply.id)
    })
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}`)))
  })

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
}
export const ms = (value: number) => (value >= 4_999 ? '≥ 5000 (capped)' : `${value.toFixed(1)}`)
/** p50 / p95 / max of `values`, as the table shows them. */
export const spread = (values: number[]) =>
  `${ms(percentile(values, 50))} / ${ms(percentile(values, 95))} / ${ms(Math.max(...values))}`

/** Polls until `works` answers true; the time it took, or `null` after `limitMs`. */
export const timeUntil = async (works: () => Promise<boolean>, limitMs = 30_000) => {
  const started = performance.now()
  while (performance.now() - started < limitMs) {
    if (await works()) return performance.now() - started
    await sleep(100)
  }
  return null
}
