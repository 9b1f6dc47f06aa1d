import { afterAll, beforeAll, describe, expect } from 'vitest'
import { DATABASE_UNREACHABLE } from '@/runtime/database/databaseAnswers'
import { processAlive } from '../../scripts/lib/processAlive'
import { seededTitle } from '../support/e2e/seed'
import { type AppServer, startApp } from './support/appServer'
import { faultsContext } from './support/context'
import { timedGet } from './support/http'
import { startPostgres, stopPostgres } from './support/postgresControl'
import { testClient } from './support/storedArticle'
import { faultCase } from './support/tally'

const check = faultCase('App started while Postgres is down')

/** A query no other file asks, so no cached search answers for it. */
const SEARCH = '/search?q=family'

/** Payload retries its boot every 5 s; the bound leaves room for a busy machine. */
const RECOVERY_MS = 60_000

describe('the app starts while PostgreSQL is down, then PostgreSQL comes up', () => {
  const context = faultsContext()
  const { baseUrl, postgresControl } = context
  let app: AppServer
  const get = (path: string) => timedGet(`${baseUrl}${path}`)

  beforeAll(async () => {
    await stopPostgres(postgresControl)
    // Any answer will do: without a database there is nothing the home page can show yet.
    app = await startApp(context, 'started-without-database', (status) => status > 0)
  })

  afterAll(async () => {
    await startPostgres(postgresControl)
    await app?.kill('SIGTERM')
  })

  check('it serves calm errors instead of failing to start', async () => {
    const answer = await get('/articles/coping-with-cravings')
    expect([200, 500]).toContain(answer.status) // 200 when an earlier file cached the page
    expect(answer.text).not.toMatch(/Failed to prepare server/i)
    expect(processAlive(app.pid)).toBe(true)
    expect(app.output()).toContain('Payload could not start')
  })

  check('its REST API answers 503 with Retry-After while Payload cannot start', async () => {
    const response = await fetch(`${baseUrl}/api/articles`, { signal: AbortSignal.timeout(30_000) })
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('30')
    expect(await response.json()).toEqual({ errors: [{ message: DATABASE_UNREACHABLE }] })
  })

  check('it serves everything once PostgreSQL is up, without a restart', async () => {
    await startPostgres(postgresControl)
    const deadline = Date.now() + RECOVERY_MS
    let status = 0
    while (Date.now() < deadline && status !== 200) {
      status = (await get(SEARCH)).status
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const search = await get(SEARCH)
    expect(search.status).toBe(200)
    expect(search.text).toContain(seededTitle('talking-to-family-about-recovery'))
    // The login form, or the first-user form on a site nobody signed up to yet.
    const admin = await get('/admin')
    expect(admin.status).toBe(200)
    expect(admin.text).not.toContain('The database is unreachable')
    expect(processAlive(app.pid)).toBe(true)
    // Payload's failed boot leaves one unhandled rejection of its own (logged, harmless).
    expect(app.output()).not.toMatch(/uncaughtException/)
  })

  check('its jobs queue runs once Payload has started', async () => {
    // A scheduled publish due now, queued as the admin queues one: a running queue takes it
    // within seconds (and deletes it when done); a queue that never started leaves it there.
    const client = await testClient(context.databaseUrl)
    try {
      const { rows: articles } = await client.query<{ id: number }>(
        `select id from articles where slug = 'coping-with-cravings'`,
      )
      const input = {
        type: 'publish',
        doc: { relationTo: 'articles', value: String(articles[0]?.id) },
      }
      const { rows } = await client.query<{ id: number }>(
        `insert into payload_jobs (input, task_slug, queue, wait_until)
         values ($1, 'schedulePublish', 'default', now()) returning id`,
        [JSON.stringify(input)],
      )
      const job = rows[0]?.id
      const deadline = Date.now() + 30_000
      let pending = 1
      while (Date.now() < deadline && pending > 0) {
        await new Promise((resolve) => setTimeout(resolve, 500))
        const left = await client.query(
          'select 1 from payload_jobs where id = $1 and completed_at is null',
          [job],
        )
        pending = left.rowCount ?? 0
      }
      expect(pending, 'the queued job is still waiting').toBe(0)
    } finally {
      await client.end()
    }
  })
})
