import { paragraphs } from '@groundwork/cms/seed'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Account, createAccount, staffApi } from '../support/e2e/staff'

/** How long readers may wait for a scheduled change: the queue runs every second. */
const POLL_LIMIT_MS = 15_000
const SCHEDULE_AHEAD_MS = 2_000

/**
 * Scheduled publishing, end to end: a job queued for two seconds ahead, exactly as the admin's
 * "Schedule publish" queues it, and then nobody touches anything. The app's own queue runner
 * must publish (or unpublish) the article and refresh every cached page that shows it.
 */
describe('scheduled publish', () => {
  const baseUrl = inject('baseUrl')
  const databaseUrl = inject('appDatabaseUrl')
  const api = staffApi(baseUrl)
  const reader = (urlPath: string) => fetch(`${baseUrl}${urlPath}`)
  let database: pg.Client | undefined
  let editor: Account
  const articleIds: number[] = []

  beforeAll(async () => {
    if (!databaseUrl) {
      throw new Error('No app database: set E2E_DATABASE_URL along with E2E_BASE_URL')
    }
    database = new pg.Client({ connectionString: databaseUrl })
    await database.connect()
    editor = await createAccount(baseUrl, 'editor')
  })

  afterAll(async () => {
    for (const id of articleIds) await api('DELETE', `articles/${id}?overrideLock=true`)
    await database?.end()
  })

  /**
   * What the admin's schedule drawer does, as the editor: Payload's `schedulePublishHandler`
   * queues a `schedulePublish` job on the default queue (`payload.jobs.queue`), which is this one
   * row; its input as the drawer sends it (the id as a string, Payload #10481). Payload has no
   * REST endpoint for it, and only the app may run it.
   */
  const schedule = async (type: 'publish' | 'unpublish', id: number) => {
    if (!database) throw new Error('Not connected to the app database yet')
    const input = {
      type,
      doc: { relationTo: 'articles', value: String(id) },
      user: { relationTo: 'users', value: editor.id },
    }
    const waitUntil = new Date(Date.now() + SCHEDULE_AHEAD_MS)
    const { rows } = await database.query<{ id: number }>(
      `insert into payload_jobs (input, task_slug, queue, wait_until)
       values ($1, 'schedulePublish', 'default', $2) returning id`,
      [JSON.stringify(input), waitUntil.toISOString()],
    )
    expect(rows[0]?.id, 'queued job').toBeDefined()
    return { queuedAt: Date.now() }
  }

  /**
   * Asks as readers until the answer has the status, or the limit passes; returns the time taken.
   * `readers` ask at once, each again as soon as answered (a popular page at publishing time);
   * one reader waits a little between requests.
   */
  const pollUntil = async (urlPath: string, status: number, since: number, readers = 1) => {
    let last = 0
    let reached: number | undefined
    const read = async () => {
      while (reached === undefined && Date.now() - since < POLL_LIMIT_MS) {
        const response = await reader(urlPath)
        last = response.status
        await response.arrayBuffer()
        if (last === status) reached ??= Date.now() - since
        else if (readers === 1) await new Promise((resolve) => setTimeout(resolve, 250))
      }
    }
    await Promise.all(Array.from({ length: readers }, read))
    if (reached !== undefined) return reached
    const again = await reader(urlPath)
    throw new Error(
      `${urlPath} still answered ${last}, not ${status}, ${POLL_LIMIT_MS} ms after the job was queued (now ${again.status}, x-nextjs-cache ${again.headers.get('x-nextjs-cache')})`,
    )
  }

  /** Loads a list page until it links `link`, or the limit passes; returns the time taken. */
  const pollUntilListed = async (urlPath: string, link: string, since: number) => {
    while (Date.now() - since < POLL_LIMIT_MS) {
      if ((await (await reader(urlPath)).text()).includes(link)) return Date.now() - since
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error(`${urlPath} still does not link ${link} ${POLL_LIMIT_MS} ms after queueing`)
  }

  /** A draft of the test's own, by a seeded author; deleted after the file. */
  const createDraft = async (slug: string, title: string) => {
    const tessa = (await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')).docs[0]
    const { doc } = await api('POST', 'articles', {
      title,
      slug,
      body: paragraphs(['Nobody pressed publish: the queue did.']),
      authors: [tessa.id],
      _status: 'draft',
    })
    articleIds.push(doc.id)
    expect(doc._status).toBe('draft')
    return doc.id as number
  }

  /** Two reader requests: a 404 each, neither from a store (misses are not stored). */
  const read404 = async (urlPath: string) => {
    for (const _ of [1, 2]) {
      const response = await reader(urlPath)
      expect(response.status, urlPath).toBe(404)
      expect(response.headers.get('x-nextjs-cache'), urlPath).not.toBe('HIT')
    }
  }

  /** Loads a list page twice so the second answer comes from the cache, as most readers get it. */
  const warmList = async (urlPath: string) => {
    await (await reader(urlPath)).arrayBuffer()
    const cached = await reader(urlPath)
    expect(cached.headers.get('x-nextjs-cache'), urlPath).toBe('HIT')
    return cached.text()
  }

  it('a publish scheduled two seconds ahead makes the page live without anyone touching it, and an unpublish takes it down', async ({
    annotate,
  }) => {
    const stamp = `${process.pid}-${Date.now().toString(36)}`
    const slug = `scheduled-publish-${stamp}`
    const title = `Published on schedule ${stamp}`
    const link = `href="/articles/${slug}"`
    const articleId = await createDraft(slug, title)

    // Readers get a 404 until the job publishes it.
    await read404(`/articles/${slug}`)
    const lists = ['/', '/articles']
    for (const list of lists) expect(await warmList(list), list).not.toContain(link)

    const published = await schedule('publish', articleId)
    const liveAfter = await pollUntil(`/articles/${slug}`, 200, published.queuedAt)
    await annotate(`live ${liveAfter} ms after queueing (scheduled ${SCHEDULE_AHEAD_MS} ms ahead)`)
    expect(await (await reader(`/articles/${slug}`)).text()).toContain(title)
    expect((await api('GET', `articles/${articleId}?depth=0`))._status).toBe('published')
    // A 404 is never stored, so the page can go live a moment before the lists are refreshed.
    for (const list of lists) {
      const listedAfter = await pollUntilListed(list, link, published.queuedAt)
      await annotate(`${list} lists it ${listedAfter} ms after queueing`)
      expect(await (await reader(list)).text(), list).toContain(title)
    }

    // A scheduled unpublish takes it off every page the same way.
    const unpublished = await schedule('unpublish', articleId)
    const goneAfter = await pollUntil(`/articles/${slug}`, 404, unpublished.queuedAt)
    await annotate(`gone ${goneAfter} ms after queueing the unpublish`)
    expect((await api('GET', `articles/${articleId}?depth=0`))._status).toBe('draft')
    for (const list of lists) {
      const html = await (await reader(list)).text()
      expect(html, `${list} ${goneAfter} ms after queueing the unpublish`).not.toContain(link)
    }
  })

  // The job's change must reach readers even while they keep loading the page: a render that
  // reads the database between the cache's expiry and the job's commit must not pin the old page.
  // Several articles are scheduled for the same second, each with readers asking all along.
  it('goes live while readers keep loading the pages at publishing time', async ({ annotate }) => {
    const rounds = 2
    const perRound = 6
    for (let round = 1; round <= rounds; round++) {
      const drafts = await Promise.all(
        Array.from({ length: perRound }, async (_, n) => {
          const stamp = `${process.pid}-${Date.now().toString(36)}-${round}-${n}`
          const slug = `scheduled-under-load-${stamp}`
          const id = await createDraft(slug, `Published while readers wait ${stamp}`)
          await read404(`/articles/${slug}`)
          return { id, slug }
        }),
      )
      const queued = await Promise.all(drafts.map(({ id }) => schedule('publish', id)))
      const outcomes = await Promise.allSettled(
        drafts.map(({ slug }, n) =>
          pollUntil(`/articles/${slug}`, 200, queued[n]?.queuedAt ?? 0, 2),
        ),
      )
      const stuck: string[] = []
      for (const [n, outcome] of outcomes.entries()) {
        const draft = drafts[n]
        if (!draft || outcome.status === 'fulfilled') continue
        const { _status } = await api('GET', `articles/${draft.id}?depth=0`)
        stuck.push(`${draft.slug} (${_status} in the database): ${outcome.reason}`)
      }
      const times = outcomes.map((outcome) =>
        outcome.status === 'fulfilled' ? outcome.value : '-',
      )
      await annotate(`round ${round}: live after ${times.join(', ')} ms, 2 readers each`)
      expect(stuck, `round ${round} of ${rounds}`).toEqual([])
    }
  })
})
