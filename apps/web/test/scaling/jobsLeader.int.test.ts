import pg from 'pg'
import { describe, expect, inject, it } from 'vitest'
import { jobsLeader } from '@/runtime/jobsLeader'

/**
 * The jobs queue runs on one instance at a time: whichever holds the lock. Two instances polling
 * never both run it, and when the one running it goes, another takes over at its next poll.
 */
describe('the instance that runs the jobs queue', () => {
  const databaseUrl = inject('databaseUrl')

  it('is one of several at a time, and another once it is gone', async () => {
    const instances = [jobsLeader(databaseUrl), jobsLeader(databaseUrl), jobsLeader(databaseUrl)]
    try {
      for (let poll = 0; poll < 3; poll++) {
        const leading = await Promise.all(instances.map((instance) => instance.isLeader()))
        expect(leading.filter(Boolean)).toHaveLength(1)
      }
      const leader = (await Promise.all(instances.map((i) => i.isLeader()))).indexOf(true)
      await instances[leader]?.release()
      const others = instances.filter((_, i) => i !== leader)
      const next = await Promise.all(others.map((instance) => instance.isLeader()))
      expect(next.filter(Boolean)).toHaveLength(1)
    } finally {
      await Promise.all(instances.map((instance) => instance.release()))
    }
  })

  it('keeps one connection per instance however often it is polled, leading or not', async () => {
    const instances = [jobsLeader(databaseUrl), jobsLeader(databaseUrl)]
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    const lockConnections = async () =>
      (
        await client.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'groundwork-jobs-lock'",
        )
      ).rows[0]?.n ?? 0
    try {
      const counts: number[] = []
      for (let poll = 0; poll < 10; poll++) {
        expect(
          (await Promise.all(instances.map((i) => i.isLeader()))).filter(Boolean),
        ).toHaveLength(1)
        await new Promise((resolve) => setTimeout(resolve, 50))
        counts.push(await lockConnections())
      }
      // The first test's instances are released; each of these two keeps its one connection.
      expect(counts.at(-1)).toBeLessThanOrEqual(counts[0] ?? 0)
    } finally {
      await Promise.all(instances.map((instance) => instance.release()))
      await client.end()
    }
  })
})
