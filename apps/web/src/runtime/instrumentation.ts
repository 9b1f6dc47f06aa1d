/** Runs once when the server starts (Next's instrumentation hook, re-exported by src/instrumentation.ts). */
export const register = async () => {
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  // Inside the runtime check, so Next leaves Payload out of the edge bundle of this hook.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { bootPayload } = await import('./bootPayload')
    await bootPayload()
  }
}
