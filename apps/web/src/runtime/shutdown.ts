import http from 'node:http'
import type { Payload } from 'payload'
import { releaseJobsLocks } from './jobsLeader'
import { closePayloadPools } from './payloadPools'

/** Within Kubernetes' default 30 s grace period, and within compose's `stop_grace_period`. */
export const SHUTDOWN_CAP_MS = 25_000

/** The exit codes Next's own signal handler ends with once its HTTP server has closed. */
const NEXT_SIGNAL_EXITS = new Set([130, 143])

type Cron = { stop: () => void; isBusy: () => boolean }

const until = async (done: () => boolean, ms = Number.POSITIVE_INFINITY) => {
  const deadline = Date.now() + ms
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20))
}

/**
 * `server.close()` closes the connections idle at that moment, but one busy then stays open after
 * its answer until the keep-alive timeout (5 s), and takes new requests meanwhile. Closed as soon
 * as it is idle instead: a load balancer that reuses it gets a closed connection and retries
 * elsewhere, and the exit is not held up.
 */
const closeEachConnectionOnceIdle = () => {
  const close = http.Server.prototype.close
  http.Server.prototype.close = function closeWhenIdle(this: http.Server, ...args) {
    const timer = setInterval(() => this.closeIdleConnections(), 50)
    this.once('close', () => clearInterval(timer))
    return close.apply(this, args)
  }
}

let installed = false

/**
 * What a SIGTERM (or Ctrl-C) adds to Next's own handling, in the production server only.
 *
 * Next (`next start` and the standalone server.js alike, `next/dist/server/lib/start-server.js`)
 * already stops listening, so new connections are refused, lets requests in flight finish, and
 * then calls `process.exit(143)`. It knows nothing of Payload: a job the queue is running would
 * be cut off half done, and the database pool is dropped rather than closed. So: no new job
 * starts, the running one finishes, the pool closes, and the process then exits 0. Connections
 * kept alive close once idle. Past `capMs` it exits 1 instead, saying what was still running.
 */
export const stopGracefully = (payload: Payload, capMs = SHUTDOWN_CAP_MS) => {
  // Without Next's handler (NEXT_MANUAL_SIG_HANDLE), whoever handles the signals owns shutdown.
  if (installed || process.env.NODE_ENV !== 'production' || process.env.NEXT_MANUAL_SIG_HANDLE)
    return
  installed = true
  // Next's own handler, which runs first, calls server.close() at once.
  closeEachConnectionOnceIdle()
  let stopping = false
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    const started = Date.now()
    const exit = process.exit.bind(process)
    let serverClosed = false
    // Next calls process.exit once its server has closed; that call is where waiting for Payload
    // starts to matter, so it is held until the jobs are done too. Any other exit goes through.
    process.exit = ((code?: number | string | null) => {
      if (NEXT_SIGNAL_EXITS.has(Number(code))) serverClosed = true
      else exit(code)
    }) as typeof process.exit
    const crons = [...(payload.crons as unknown as Cron[])]
    for (const cron of crons) cron.stop()
    const jobsRunning = () => crons.some((cron) => cron.isBusy())
    console.log(
      `${signal}: refusing new connections, finishing requests in flight${jobsRunning() ? ' and the running job' : ''} (at most ${capMs / 1000} s)…`,
    )
    const cap = setTimeout(() => {
      const left = [!serverClosed && 'requests in flight', jobsRunning() && 'a job'].filter(Boolean)
      const what = left.length > 0 ? left.join(' and ') : 'the database pool'
      console.error(`Stopped after ${capMs / 1000} s with ${what} unfinished.`)
      exit(1)
    }, capMs)
    void (async () => {
      await until(() => serverClosed && !jobsRunning())
      // Another instance takes the jobs over at its next poll, not when this process is gone.
      await releaseJobsLocks()
      await closePayloadPools(payload)
      clearTimeout(cap)
      console.log(`Stopped cleanly in ${Date.now() - started} ms.`)
      exit(0)
    })()
  }
  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
