/**
 * Runs once when the server starts: boots Payload with its cron jobs, so the jobs queue
 * (webhook deliveries) works without an external cron and before anyone opens /admin, and
 * keeps a dropped database connection from taking the server down.
 */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  const payload = await getPayload({ config, cron: true })
  // A connection the database closes (restart, failover, Ctrl-C) is news, not a crash.
  const { pool } = payload.db as { pool?: { on: (event: 'error', cb: (e: Error) => void) => void } }
  pool?.on('error', (error) => payload.logger.warn(`Database connection lost: ${error.message}`))
}
