import { stopGracefully } from './shutdown'

/**
 * Boots Payload with its cron jobs, so the jobs queue (webhook deliveries, scheduled
 * publishing) works without an external cron and before anyone opens /admin, and keeps a
 * dropped database connection from taking the server down. Node.js only (instrumentation.ts).
 */
const RETRY_MS = 5000

export const bootPayload = async (): Promise<void> => {
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  try {
    const payload = await getPayload({ config, cron: true })
    // When a reader's request started Payload first (after a failed boot), it came up without
    // the jobs queue; Payload has no public way to add it afterwards.
    if (payload.crons.length === 0) await payload._initializeCrons()
    // SIGTERM: the running job finishes and the pool closes before the process exits.
    stopGracefully(payload)
    // A connection the database closes (restart, failover, Ctrl-C) is news, not a crash.
    const { pool } = payload.db as {
      pool?: { on: (event: 'error', cb: (e: Error) => void) => void }
    }
    pool?.on('error', (error) => payload.logger.warn(`Database connection lost: ${error.message}`))
  } catch (error) {
    // A server started while the database is down must not fail for good: Next would answer
    // 500 to every request, cached pages too, even after the database is back.
    const reason = error instanceof Error ? error.message : String(error)
    console.error(`Payload could not start (${reason}); trying again in ${RETRY_MS / 1000} s.`)
    setTimeout(() => void bootPayload(), RETRY_MS).unref()
  }
}
