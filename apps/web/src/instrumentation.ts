/**
 * Runs once when the server starts: boots Payload with its cron jobs, so the jobs queue
 * (webhook deliveries) works without an external cron and before anyone opens /admin.
 */
export const register = async () => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
