import type { Payload } from 'payload'

/** The part of Payload's Postgres adapter that routes reads (`@payloadcms/drizzle`'s readAfterWrite). */
type ReplicaRouting = { primaryDrizzle?: unknown; lastWriteTimestamp?: number }

/**
 * Sends the reads of the job run about to start to the primary. Payload claims jobs by reading
 * them first: from a replica that lags, a job just finished can look pending and run again (a
 * second publish, a second delivery). Payload keeps reads on the primary for a moment after a
 * write (`readReplicasAfterWriteInterval`, 2 s); marking a write now starts that moment, so the
 * run, which begins at once, reads the primary. Without replicas there is nothing to route.
 */
export const readJobsFromPrimary = (payload: Payload) => {
  const routing = payload.db as unknown as ReplicaRouting
  if (routing.primaryDrizzle) routing.lastWriteTimestamp = Date.now()
}
