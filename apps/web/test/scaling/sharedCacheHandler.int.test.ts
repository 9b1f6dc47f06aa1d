import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BREAKER_OPEN_MS,
  CALL_TIMEOUT_MS,
  createSharedStore,
} from '@/freshness/sharedCache/redisCacheHandler.mjs'
import { type RedisServer, startRedisServer } from '../support/redisServer'

/**
 * The shared cache handler against a real Redis of the test's own, two stores standing for two
 * instances, with entries shaped as Next 16.4 hands them over. The app-level proof (two `next
 * start` servers) is sharedCache.e2e.test.ts; this one reaches the corners quickly.
 */
const page = (tags: string[], status = 200) => ({
  kind: 'APP_PAGE',
  html: '<!DOCTYPE html><p>An article.</p>',
  rscData: Buffer.from('rsc payload'),
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
  postponed: undefined,
  headers: { 'x-next-cache-tags': tags.join(',') },
  status,
})
const pageContext = { cacheControl: { revalidate: false }, isRoutePPREnabled: false }
const readPage = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false }
const data = (tags: string[]) => ({
  set: { fetchCache: true, tags, revalidate: false, fetchUrl: 'unstable_cache', fetchIdx: 0 },
  get: { kind: 'FETCH', tags, softTags: [], revalidate: false, fetchUrl: 'x', fetchIdx: 0 },
  value: {
    kind: 'FETCH',
    data: { headers: {}, body: 'e30=', status: 200, url: '' },
    revalidate: false,
  },
})

describe('the shared cache handler on Redis', () => {
  let redis: RedisServer
  let a: ReturnType<typeof createSharedStore>
  let b: ReturnType<typeof createSharedStore>
  const logged: string[] = []
  let unique = 0
  const fresh = (name: string) => `${name}-${Date.now()}-${unique++}`

  /** Until B reads what A writes (each store connects on its own). */
  const connected = async () => {
    for (let i = 0; i < 100; i++) {
      const key = fresh('probe')
      await a.set(key, page([]), pageContext)
      if (await b.get(key, readPage)) return
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    throw new Error('the stores never shared an entry')
  }

  beforeAll(async () => {
    redis = await startRedisServer()
    const log = (line: string) => logged.push(line)
    a = createSharedStore({ redisUrl: redis.url, serverDistDir: '/nonexistent', log })
    b = createSharedStore({ redisUrl: redis.url, serverDistDir: '/nonexistent', log })
    await connected()
  })
  afterAll(async () => {
    await redis?.stop()
  })

  it('gives B what A wrote, with the cacheControl that keeps it fresh', async () => {
    const key = fresh('/articles/one')
    await a.set(key, page(['articles:slug:one']), pageContext)
    const entry = await b.get(key, readPage)
    expect(entry.value.html).toContain('An article')
    expect(Buffer.isBuffer(entry.value.rscData)).toBe(true)
    expect(entry.cacheControl).toEqual({ revalidate: false })
    expect(entry.value).not.toHaveProperty('groundworkCacheControl')
  })

  it('expires on B what a revalidateTag on A names: pages and unstable_cache entries', async () => {
    const tag = fresh('articles:slug')
    const pageKey = fresh('/articles/two')
    const dataKey = fresh('unstable-cache')
    const entry = data([tag])
    await a.set(pageKey, page([tag, 'articles:list']), pageContext)
    await a.set(dataKey, entry.value, entry.set)
    expect(await b.get(pageKey, readPage)).not.toBeNull()
    expect(await b.get(dataKey, entry.get)).not.toBeNull()
    await a.revalidateTag([tag], { expire: 0 })
    expect(await b.get(pageKey, readPage)).toBeNull()
    expect(await b.get(dataKey, entry.get)).toBeNull()
  })

  it('never stores a 404 or any other 4xx', async () => {
    for (const status of [404, 410, 400]) {
      const key = fresh('/articles/missing')
      await a.set(key, page([], status), pageContext)
      expect(await b.get(key, readPage)).toBeNull()
    }
  })

  it('waits for a hung Redis (SIGSTOP) at most CALL_TIMEOUT_MS, then not at all for a while', async () => {
    const key = fresh('/articles/hung')
    const tag = fresh('articles:slug')
    await a.set(key, page([tag]), pageContext)
    redis.pause()
    try {
      const timed = async (work: () => Promise<unknown>) => {
        const started = performance.now()
        await work()
        return performance.now() - started
      }
      expect(await timed(() => b.get(key, readPage))).toBeLessThan(CALL_TIMEOUT_MS + 150)
      // The breaker is open: no waiting at all.
      expect(await timed(() => b.get(key, readPage))).toBeLessThan(20)
      expect(await timed(() => b.set(fresh('w'), page([]), pageContext))).toBeLessThan(20)
      expect(await timed(() => a.revalidateTag([tag], { expire: 0 }))).toBeLessThan(
        CALL_TIMEOUT_MS + 150,
      )
      expect(a.pendingTags()).toContain(tag)
    } finally {
      redis.resume()
    }
    // The revalidation Redis missed is made once it answers: B does not serve the old page.
    await new Promise((resolve) => setTimeout(resolve, BREAKER_OPEN_MS + 1_000))
    for (let i = 0; i < 30 && a.pendingTags().length > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(a.pendingTags()).toEqual([])
    expect(await b.get(key, readPage)).toBeNull()
    expect(logged.join('\n')).toContain('did not answer')
  })

  it('answers at once while Redis refuses connections, and shares again once it is back', async () => {
    await redis.stop()
    try {
      const started = performance.now()
      expect(await b.get(fresh('/articles/down'), readPage)).toBeNull()
      await a.set(fresh('/articles/down'), page([]), pageContext)
      await a.revalidateTag([fresh('articles:slug')], { expire: 0 })
      expect(performance.now() - started).toBeLessThan(CALL_TIMEOUT_MS * 3)
    } finally {
      await redis.start()
    }
    await connected()
  })
})
