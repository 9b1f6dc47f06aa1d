import type { Payload } from 'payload'

type Client = { release?: (destroy?: boolean) => void }
type Pool = {
  /** pg's own lists: every connection, and the idle ones among them. */
  _clients?: Client[]
  _idle?: { client: Client }[]
  end?: () => Promise<void>
  on?: (event: 'error', listener: (error: Error) => void) => void
}
type Adapter = { pool?: Pool; drizzle?: { $replicas?: { $client?: Pool }[] } }

/**
 * Lets go of every connection Payload holds: `payload.destroy()` ends the primary's pool but not
 * the read replicas' ones, and Payload's reconnect watch keeps one connection of each pool checked
 * out for good. A database that stops afterwards would kill those connections with nobody
 * listening (an unhandled error). Each pool is listened to, its held connections are closed, and
 * the pools are ended within a second. Call it before `payload.destroy()`, which forgets the
 * replicas.
 */
export const closePayloadPools = async (payload: Payload) => {
  const adapter = payload.db as unknown as Adapter
  const replicas = adapter.drizzle?.$replicas ?? []
  const pools = [adapter.pool, ...replicas.map((replica) => replica.$client)].filter(
    (pool): pool is Pool => pool !== undefined,
  )
  for (const pool of pools) {
    pool.on?.('error', () => {})
    const idle = new Set((pool._idle ?? []).map((entry) => entry.client))
    for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.(true)
  }
  const ended = Promise.all(pools.map((pool) => pool.end?.().catch(() => {})))
  await Promise.race([ended, new Promise((resolve) => setTimeout(resolve, 1000).unref())])
}
