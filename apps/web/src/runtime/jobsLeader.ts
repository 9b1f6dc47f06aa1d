import pg from 'pg'

/** Every Groundwork instance on one database competes for this one lock. */
const JOBS_LOCK = "hashtext('groundwork:jobs')"

/**
 * Whether this instance runs the jobs queue (scheduled publishes, webhook deliveries) now. Payload
 * claims a job by reading it and then marking it, in two statements, so two instances polling the
 * same queue can both run one job: one publish becomes two, one delivery two. Only the holder of a
 * PostgreSQL advisory lock runs jobs; the lock lives as long as its connection, so when the
 * holding instance dies or loses its database, another takes over at its next poll.
 */
/** Every lock competitor of this process, so that shutdown can hand the jobs over. */
const competitors = new Set<{ release: () => Promise<void> }>()

/** Gives up this process's jobs lock at once (SIGTERM: runtime/shutdown.ts). */
export const releaseJobsLocks = async () => {
  await Promise.all([...competitors].map((competitor) => competitor.release()))
}

export const jobsLeader = (databaseUrl: string) => {
  let client: pg.Client | undefined
  let connecting: Promise<pg.Client> | undefined
  let leading = false

  const connect = async () => {
    const next = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'groundwork-jobs-lock',
    })
    // A dropped connection drops the lock: stop leading until it is taken again.
    next.on('error', () => {
      leading = false
      client = undefined
    })
    next.on('end', () => {
      leading = false
      client = undefined
    })
    await next.connect()
    client = next
    return next
  }

  const competitor = {
    /** Polled before each run: takes the lock when it is free, keeps it while held. */
    isLeader: async (): Promise<boolean> => {
      if (leading && client) return true
      try {
        // One connection per instance, kept across polls: a follower asks again on the same one
        // (a new one each poll left the last one open, about one a second per follower).
        if (!client) {
          connecting ??= connect().finally(() => {
            connecting = undefined
          })
        }
        const held = client ?? (await connecting)
        if (!held) return false
        const { rows } = await held.query<{ locked: boolean }>(
          `SELECT pg_try_advisory_lock(${JOBS_LOCK}) AS locked`,
        )
        leading = rows[0]?.locked === true
      } catch {
        leading = false
      }
      return leading
    },
    /** Lets another instance take over at once (shutdown). */
    release: async () => {
      leading = false
      await client?.end().catch(() => {})
      client = undefined
    },
  }
  competitors.add(competitor)
  return competitor
}
