type Runs = { running: Promise<void>; queued?: Promise<void> }

/**
 * Wraps `run` so that at most one run per key is in flight, and every call is answered by a run
 * that starts after the call: a call made while a run is in flight waits for one further run,
 * which it shares with every other call made meanwhile. So a burst of N calls for one key costs
 * two runs, not N, and no caller is answered by a run that began before it asked.
 * The returned promise settles with the run that answers the call.
 */
export const coalescePerKey = <A>(
  keyOf: (arg: A) => string,
  run: (arg: A) => Promise<void>,
): ((arg: A) => Promise<void>) => {
  const inFlight = new Map<string, Runs>()

  const start = (key: string, arg: A): Promise<void> => {
    const running = run(arg).finally(() => {
      const runs = inFlight.get(key)
      if (runs?.running === running && !runs.queued) inFlight.delete(key)
    })
    inFlight.set(key, { running })
    return running
  }

  return (arg) => {
    const key = keyOf(arg)
    const runs = inFlight.get(key)
    if (!runs) return start(key, arg)
    if (runs.queued) return runs.queued
    const queued = runs.running.catch(() => undefined).then(() => start(key, arg))
    runs.queued = queued
    return queued
  }
}
