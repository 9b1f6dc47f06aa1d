import { readJobsFromPrimary } from '@groundwork/cms'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { closeReplicaChecks, waitForReplicas } from '@/freshness/replicaCatchUp'
import { closePayloadPools } from '@/runtime/payloadPools'
import { quiet } from '../support/content'
import { type ReplicatedPostgres, startReplicatedPostgres } from '../support/replicatedPostgres'
import { startTestCms, uniqueSlug } from '../support/testPayload'

const REPLICA_DELAY_MS = 3000

const rows = async (url: string, sql: string) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql)).rows
  } finally {
    await client.end()
  }
}

/**
 * A page regenerated after a publish must read the publish, on any instance, whichever replica
 * Payload reads from: pages are expired only once every replica has replayed the change.
 */
describe('expiring pages only once the replicas have the change', () => {
  let db: ReplicatedPostgres
  beforeAll(async () => {
    db = await startReplicatedPostgres()
    await rows(db.primaryUrl, 'CREATE TABLE published (title text)')
    await db.delayReplica(REPLICA_DELAY_MS)
  })
  afterAll(async () => {
    await closeReplicaChecks()
    await db?.stop()
  })

  it('waits for a replica that replays late, then finds the change there', async () => {
    await rows(db.primaryUrl, "INSERT INTO published VALUES ('first')")
    // What a regeneration reading the lagging replica at once would have cached: the old state.
    expect(await rows(db.replicaUrl, 'SELECT title FROM published')).toEqual([])
    const started = Date.now()
    const caughtUp = await waitForReplicas({
      primaryUrl: db.primaryUrl,
      replicaUrls: [db.replicaUrl],
    })()
    const waited = Date.now() - started
    expect(caughtUp).toBe(true)
    expect(waited).toBeGreaterThan(REPLICA_DELAY_MS / 2)
    expect(await rows(db.replicaUrl, 'SELECT title FROM published')).toEqual([{ title: 'first' }])
  })

  it('gives up after its timeout and says so, rather than holding the publish forever', async () => {
    await rows(db.primaryUrl, "INSERT INTO published VALUES ('second')")
    const caughtUp = await waitForReplicas({
      primaryUrl: db.primaryUrl,
      replicaUrls: [db.replicaUrl],
      timeoutMs: 200,
    })()
    expect(caughtUp).toBe(false)
  })

  it('answers at once without replicas', async () => {
    expect(await waitForReplicas({ primaryUrl: db.primaryUrl, replicaUrls: [] })()).toBe(true)
  })

  it('runs jobs on what the primary holds, not on a lagging replica', async () => {
    const cms = await startTestCms({
      databaseUrl: db.primaryUrl,
      databaseReplicaUrls: [db.replicaUrl],
    })
    try {
      await waitForReplicas({ primaryUrl: db.primaryUrl, replicaUrls: [db.replicaUrl] })()
      await db.delayReplica(6000)
      const slug = uniqueSlug('lagging')
      await cms.payload.create({
        collection: 'topics',
        data: { name: 'Lagging', slug },
        context: quiet,
      })
      const find = () =>
        cms.payload.find({ collection: 'topics', where: { slug: { equals: slug } }, depth: 0 })
      // Past Payload's own read-after-write moment, reads go to the replica, which lacks the row:
      // what a job run would have read, finding a finished job still pending.
      await new Promise((resolve) => setTimeout(resolve, 2500))
      expect((await find()).docs).toEqual([])
      readJobsFromPrimary(cms.payload)
      expect((await find()).docs.map((doc) => doc.slug)).toEqual([slug])
    } finally {
      await db.delayReplica(REPLICA_DELAY_MS)
      await closePayloadPools(cms.payload)
      await cms.payload.destroy()
    }
  }, 60_000)
})
