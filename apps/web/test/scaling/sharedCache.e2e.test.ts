import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { paragraphs } from '@groundwork/cms/seed'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type AppProcess, startAppProcess } from '../../scripts/lib/appProcess'
import { processAlive } from '../../scripts/lib/processAlive'
import { type StaffApi, staffApi } from '../support/e2e/staff'
import { type RedisServer, startRedisServer } from '../support/redisServer'

/**
 * Two instances of one build (A and B: `next start` each, on their own ports, with their own
 * copy of the build folder, so neither can read the other's files) share the suite's database
 * and a Redis of their own (REDIS_URL): Next's cache is then the shared one
 * (src/freshness/sharedCache/). What a page rendered, published or expired on one instance is on
 * the other at once, and an outage of Redis costs renders, never answers.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('two instances sharing one Redis', () => {
  const suiteApp = inject('baseUrl')
  const suiteBuild = inject('appDistDir')
  const suiteDatabase = inject('appDatabaseUrl')
  let redis: RedisServer
  let a: AppProcess
  let b: AppProcess

  beforeAll(async () => {
    if (!suiteBuild || !suiteDatabase)
      throw new Error('needs the suite’s own app (no E2E_BASE_URL)')
    redis = await startRedisServer()
    const env = {
      DATABASE_URL: suiteDatabase,
      // One public origin for both, as behind one proxy (the build has it baked in).
      SERVER_URL: suiteApp,
      PAYLOAD_SECRET: 'shared-cache-e2e-secret-for-both-instances-0123456789',
      REDIS_URL: redis.url,
    }
    a = await startAppProcess({ name: 'shared-a', env, buildFrom: suiteBuild })
    b = await startAppProcess({ name: 'shared-b', env, buildFrom: suiteBuild })
  })

  /**
   * Ends an instance, keeps its log (what to read on a failure), then removes its folders.
   * `stop()` alone resolves on the process's exit, before its output pipes are drained, and the
   * last lines then reach a removed folder (an uncaught ENOENT in the runner).
   */
  const stopKeepingLog = async (app: AppProcess | undefined, name: string) => {
    if (!app) return
    try {
      process.kill(app.pid, 'SIGTERM')
    } catch {
      // Already gone.
    }
    for (let i = 0; i < 100 && processAlive(app.pid); i++) await sleep(100)
    await sleep(500)
    fs.copyFileSync(app.logFile, path.join(os.tmpdir(), `shared-cache-e2e-${name}.log`))
    await app.stop()
  }

  /** Every article this file publishes: the other e2e files share the database and expect theirs. */
  const published: number[] = []

  afterAll(async () => {
    // Deleted through the suite's own app, so its caches (not on this Redis) learn of it too.
    const suite = staffApi(suiteApp)
    for (const id of published) await suite('DELETE', `articles/${id}`)
    await Promise.all([stopKeepingLog(a, 'a'), stopKeepingLog(b, 'b')])
    await redis?.stop()
  })

  const get = async (app: AppProcess, address: string) => {
    const started = performance.now()
    const response = await fetch(`${app.baseUrl}${address}`)
    const body = await response.text()
    return {
      status: response.status,
      cache: response.headers.get('x-nextjs-cache'),
      body,
      ms: performance.now() - started,
    }
  }

  let created = 0
  /** A published article of the test's own: no instance has rendered it yet. */
  const apis = new Map<AppProcess, StaffApi>()
  const publishArticle = async (through: AppProcess) => {
    const api = apis.get(through) ?? staffApi(through.baseUrl)
    apis.set(through, api)
    const stamp = `${process.pid}-${Date.now().toString(36)}-${++created}`
    const { docs } = await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')
    const { doc } = await api('POST', 'articles', {
      title: `Shared cache check ${stamp}`,
      slug: `shared-cache-check-${stamp}`,
      body: paragraphs([`Checking the shared cache ${stamp}.`]),
      authors: [docs[0].id],
      _status: 'published',
    })
    published.push((doc as { id: number }).id)
    return { ...(doc as { id: number; slug: string; title: string }), api }
  }

  /** The files Next's file-system cache wrote in an instance's build folder: none with Redis. */
  const filesCachedOnDisk = (app: AppProcess) => {
    const dir = path.join(app.distDir, 'server/route-cache')
    return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).length : 0
  }

  it('serves on B a page A rendered, without rendering it again', async () => {
    const article = await publishArticle(a)
    const address = `/articles/${article.slug}`
    expect((await get(a, address)).cache).toBe('MISS')
    const onB = await get(b, address)
    expect(onB.status).toBe(200)
    expect(onB.cache).toBe('HIT')
    expect(onB.body).toContain(article.title)
    expect(filesCachedOnDisk(a) + filesCachedOnDisk(b)).toBe(0)
  })

  it('shows a publish made on A on B’s next request: the page, the home page and the feed', async () => {
    const article = await publishArticle(a)
    const address = `/articles/${article.slug}`
    for (const each of [address, '/', '/feed.xml']) {
      await get(a, each)
      expect((await get(b, each)).cache, each).toBe('HIT')
    }
    const title = `${article.title} (edited)`
    await article.api('PATCH', `articles/${article.id}`, { title })
    for (const each of [address, '/', '/feed.xml']) {
      const onB = await get(b, each)
      expect(onB.status, each).toBe(200)
      expect(onB.body, each).toContain(title)
    }
  })

  it('keeps an entry A wrote fresh on B well beyond one second', async () => {
    const article = await publishArticle(a)
    const address = `/articles/${article.slug}`
    await get(a, address)
    await sleep(2_500)
    // Without the entry's cacheControl, Next 16.4 would answer STALE and render it again.
    expect((await get(b, address)).cache).toBe('HIT')
    expect((await get(b, address)).cache).toBe('HIT')
  })

  const readerPages = async () => {
    const article = await publishArticle(a)
    return ['/', `/articles/${article.slug}`, '/articles', '/feed.xml', '/topics/recovery-support']
  }

  /** Reader pages on both instances, each answered with 200 within a second. */
  const expectAnswered = async (addresses: string[]) => {
    for (const app of [a, b]) {
      for (const address of addresses) {
        const answer = await get(app, address)
        expect(answer.status, `${address} on ${app.baseUrl}`).toBe(200)
        expect(answer.ms, `${address} on ${app.baseUrl}`).toBeLessThan(1_000)
      }
    }
  }

  /** A page A renders is served by B again: the cache is shared once more. */
  const sharedAgainWithin = async (limitMs: number) => {
    const started = Date.now()
    while (Date.now() - started < limitMs) {
      const article = await publishArticle(a)
      await get(a, `/articles/${article.slug}`)
      if ((await get(b, `/articles/${article.slug}`)).cache === 'HIT') return Date.now() - started
      await sleep(500)
    }
    return null
  }

  it('answers reader pages while Redis is stopped, and shares again once it is back', async () => {
    const addresses = await readerPages()
    await expectAnswered(addresses)
    await redis.stop()
    try {
      await expectAnswered(addresses)
      await expectAnswered(addresses)
    } finally {
      await redis.start()
    }
    expect(await sharedAgainWithin(15_000)).not.toBeNull()
  })

  it('answers reader pages while Redis hangs (SIGSTOP), and shares again once it answers', async () => {
    const addresses = await readerPages()
    await expectAnswered(addresses)
    redis.pause()
    try {
      await expectAnswered(addresses)
      await expectAnswered(addresses)
    } finally {
      redis.resume()
    }
    expect(await sharedAgainWithin(15_000)).not.toBeNull()
  })
})
