import pg from 'pg'

/** One small pool per database, kept for the process: a publish asks a few cheap questions. */
const pools = new Map<string, pg.Pool>()
const pool = (url: string) => {
  let existing = pools.get(url)
  if (!existing) {
    existing = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 30_000 })
    // A replica that restarts is news for the log, not a crash of the app.
    existing.on('error', (error) => console.warn(`replica check: ${error.message}`))
    pools.set(url, existing)
  }
  return existing
}

/** Closes the pools of the checks (a test stopping its databases, a process shutting down). */
export const closeReplicaChecks = async () => {
  const open = [...pools.values()]
  pools.clear()
  await Promise.all(open.map((each) => each.end()))
}

const lsnOf = async (url: string, sql: string): Promise<string | null> =>
  ((await pool(url).query<{ lsn: string | null }>(sql)).rows[0]?.lsn ?? null) as string | null

/** Whether the replica has replayed the primary's WAL up to `lsn` (a `pg_lsn` literal). */
const hasReplayed = async (replicaUrl: string, lsn: string) => {
  const { rows } = await pool(replicaUrl).query<{ done: boolean }>(
    'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done',
    [lsn],
  )
  return rows[0]?.done === true
}

export type ReplicaCatchUp = {
  primaryUrl: string
  replicaUrls: string[]
  /** How long to wait for a replica before giving up and logging it (ms). */
  timeoutMs?: number
  pollMs?: number
}

/**
 * Waits until every replica has replayed everything the primary had written when it was called,
 * then answers true (false after `timeoutMs`, logged). Run after a change has committed and
 * before its pages are expired: a page regenerated after that, by any instance, reads the change
 * from whichever replica Payload picks. Payload's own guard (reads go to the primary for two
 * seconds after a write) holds in the writing process only.
 */
export const waitForReplicas =
  ({ primaryUrl, replicaUrls, timeoutMs = 15_000, pollMs = 25 }: ReplicaCatchUp) =>
  async (): Promise<boolean> => {
    if (replicaUrls.length === 0) return true
    const target = await lsnOf(primaryUrl, 'SELECT pg_current_wal_lsn()::text AS lsn')
    if (!target) return true
    const deadline = Date.now() + timeoutMs
    const pending = new Set(replicaUrls)
    while (pending.size > 0) {
      for (const replica of [...pending]) {
        if (await hasReplayed(replica, target).catch(() => false)) pending.delete(replica)
      }
      if (pending.size === 0) return true
      if (Date.now() > deadline) {
        console.warn(
          `${pending.size} replica(s) had not replayed ${target} after ${timeoutMs} ms; expiring anyway`,
        )
        return false
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
    return true
  }
