import { describe, expect, it } from 'vitest'
import { staffApi } from '../support/e2e/staff'
import {
  type Answer,
  cluster,
  control,
  createArticle,
  figures,
  get,
  query,
  sleep,
} from './support/cluster'

/**
 * The cluster under load while parts of it fail: an instance killed outright, Redis stopped and
 * hung. Each test puts back what it broke (A restarted, Redis started or resumed).
 */
describe('the cluster under load while parts of it fail', () => {
  const c = cluster()
  const api = staffApi(c.a)

  /** Readers asking `pages` of `base` back to back until `until` (Date.now()). */
  const readers = (base: string, pages: string[], count: number, until: number) => {
    const answers: (Answer & { address: string; at: number })[] = []
    const reader = async (offset: number) => {
      for (let n = offset; Date.now() < until; n++) {
        const address = pages[n % pages.length] as string
        const answer = await get(base, address)
        answers.push({
          ...answer,
          body: answer.status === 200 ? '' : answer.body,
          address,
          at: Date.now(),
        })
      }
    }
    return { answers, done: Promise.all(Array.from({ length: count }, (_, n) => reader(n))) }
  }

  const failures = (answers: (Answer & { address: string })[]) =>
    answers
      .filter((answer) => answer.status !== 200)
      .map((answer) => `${answer.address}: ${answer.status} ${answer.body.slice(0, 200)}`)

  it('answers every reader and keeps every acknowledged save when A is killed (SIGKILL) under load', async () => {
    const article = await createArticle(api)
    const pages = ['/', '/articles', `/articles/${article.slug}`, '/feed.xml']
    // The editor works through the proxy, as staff do; the token holds on either instance.
    const editor = staffApi(c.nginx)
    const started = Date.now()
    const until = started + 30_000
    const load = readers(c.nginx, pages, 4, until)
    const acknowledged: string[] = []
    const refused: string[] = []
    const saves = (async () => {
      for (let n = 1; Date.now() < until; n++) {
        const title = `${article.title} save ${n}`
        const sent = Date.now()
        try {
          await editor('PATCH', `articles/${article.id}`, { title, _status: 'published' })
          acknowledged.push(title)
        } catch (error) {
          refused.push(`${title}: ${String(error).slice(0, 200)}`)
        }
        await sleep(Math.max(0, 2_000 - (Date.now() - sent)))
      }
    })()
    let killedAt = 0
    const kill = (async () => {
      await sleep(10_000)
      killedAt = Date.now() - started
      await control('instance/kill', { name: 'a', signal: 'SIGKILL' })
    })()
    try {
      await Promise.all([load.done, saves, kill])
    } finally {
      const { startedInMs } = await control('instance/start', { name: 'a' })
      console.log(`A restarted in ${startedInMs} ms`)
    }
    const stored = new Set(
      (
        await query<{ title: string }>(
          'SELECT version_title AS title FROM _articles_v WHERE parent_id = $1',
          [article.id],
        )
      ).map((row) => row.title),
    )
    const lost = acknowledged.filter((title) => !stored.has(title))
    const failed = failures(load.answers)
    console.log(
      [
        `A killed (SIGKILL) ${killedAt} ms into 30 s of load through nginx (4 readers, a save every 2 s):`,
        `  reader requests ${load.answers.length}, failed ${failed.length}; ${figures(load.answers.map((answer) => answer.ms))}`,
        `  saves acknowledged ${acknowledged.length}, lost ${lost.length}; refused (never acknowledged) ${refused.length}${refused.length ? `: ${refused.join('; ')}` : ''}`,
      ].join('\n'),
    )
    expect(failed).toEqual([])
    expect(lost).toEqual([])
    expect(acknowledged.length).toBeGreaterThanOrEqual(10)
  })

  /** Reader pages on A, B and through nginx for `ms`, two readers each. */
  const underLoad = async (pages: string[], ms: number) => {
    const until = Date.now() + ms
    const loads = [c.a, c.b, c.nginx].map((base) => readers(base, pages, 2, until))
    await Promise.all(loads.map((load) => load.done))
    return loads.flatMap((load) => load.answers)
  }

  /** A page A renders is served by B (HIT) again: the cache is shared once more. */
  const sharedAgainWithin = async (limitMs: number) => {
    const started = Date.now()
    while (Date.now() - started < limitMs) {
      const article = await createArticle(api)
      await get(c.a, `/articles/${article.slug}`)
      if ((await get(c.b, `/articles/${article.slug}`)).cache === 'HIT') return Date.now() - started
      await sleep(500)
    }
    return null
  }

  it('answers reader pages within a second while Redis is stopped for 10 s, then hung for 10 s, and shares again by itself', async () => {
    const article = await createArticle(api)
    const pages = ['/', '/articles', `/articles/${article.slug}`, '/feed.xml']
    const rows: string[] = []
    for (const [label, fault, undo] of [
      ['stopped', 'redis/stop', 'redis/start'],
      ['hung (SIGSTOP)', 'redis/pause', 'redis/resume'],
    ] as const) {
      await control(fault)
      let answers: Awaited<ReturnType<typeof underLoad>>
      try {
        answers = await underLoad(pages, 10_000)
      } finally {
        await control(undo)
      }
      const sharedAfter = await sharedAgainWithin(15_000)
      const slow = answers.filter((answer) => answer.ms >= 1_000).length
      rows.push(
        `  Redis ${label}: ${answers.length} requests, failed ${failures(answers).length}, ≥1 s ${slow}; ${figures(answers.map((answer) => answer.ms))}; shared again ${sharedAfter} ms after it answered`,
      )
      expect(failures(answers), label).toEqual([])
      expect(Math.max(...answers.map((answer) => answer.ms)), label).toBeLessThan(1_000)
      expect(sharedAfter, label).not.toBeNull()
    }
    console.log(`Redis faults under load (A, B and nginx, two readers each):\n${rows.join('\n')}`)
  })
})
