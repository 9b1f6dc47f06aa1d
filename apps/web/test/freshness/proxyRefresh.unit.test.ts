import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { refreshProxy } from '@/freshness/proxyRefresh'
import { pagesShowing } from '@/freshness/readerPages'

describe('the pages the proxy refreshes when content changes', () => {
  it('are an article’s own address, old and new, and the pages that list the newest', () => {
    expect(
      pagesShowing({ source: 'articles', id: 1, operation: 'update', slugs: ['old', 'new'] }),
    ).toEqual(['/articles/old', '/articles/new', '/', '/articles'])
  })

  it('keep a slug in one path segment', () => {
    expect(
      pagesShowing({ source: 'authors', id: 2, operation: 'update', slugs: ['a/b?c'] }),
    ).toEqual(['/authors/a%2Fb%3Fc'])
  })

  it('are the topic’s page for a topic, and the home page for the site', () => {
    expect(
      pagesShowing({ source: 'topics', id: 3, operation: 'update', slugs: ['sleep'] }),
    ).toEqual(['/topics/sleep'])
    expect(pagesShowing({ source: 'site', operation: 'update' })).toEqual(['/'])
  })
})

describe('refreshing the proxy', () => {
  /** A stand-in for the proxy that counts what it is asked for, answering after a moment. */
  const countingProxy = async ({ cachedAnswers = 0 } = {}) => {
    const asked = new Map<string, number>()
    const server = http.createServer((request, response) => {
      const key = `${request.headers['accept-encoding']} ${request.url}`
      asked.set(key, (asked.get(key) ?? 0) + 1)
      // The first answers of each page come from an instance's cache, as before an expiry lands.
      if ((asked.get(key) ?? 0) <= cachedAnswers) response.setHeader('x-nextjs-cache', 'HIT')
      setTimeout(() => response.end('page'), 30)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return { url: `http://127.0.0.1:${port}`, asked, close: () => server.close() }
  }

  it('asks once per page and encoding for one change, and coalesces a bulk publish', async () => {
    const proxy = await countingProxy()
    vi.stubEnv('DATABASE_URL', 'postgres://unused@127.0.0.1/unused')
    vi.stubEnv('PAYLOAD_SECRET', 'y'.repeat(32))
    vi.stubEnv('PROXY_REFRESH_URL', proxy.url)
    vi.stubEnv('PROXY_REFRESH_TOKEN', 'x'.repeat(32))
    try {
      await refreshProxy({ source: 'articles', id: 1, operation: 'update', slugs: ['one'] })
      expect(Object.fromEntries(proxy.asked)).toEqual({
        'gzip /articles/one': 1,
        'identity /articles/one': 1,
        'gzip /': 1,
        'identity /': 1,
        'gzip /articles': 1,
        'identity /articles': 1,
      })
      proxy.asked.clear()
      const slugs = Array.from({ length: 20 }, (_, i) => `bulk-${i}`)
      await Promise.all(
        slugs.map((slug, id) =>
          refreshProxy({ source: 'articles', id, operation: 'update', slugs: [slug] }),
        ),
      )
      for (const slug of slugs) expect(proxy.asked.get(`gzip /articles/${slug}`)).toBe(1)
      // The first ask starts a refresh; the other 19 share one more, started after them.
      expect(proxy.asked.get('gzip /')).toBe(2)
      expect(proxy.asked.get('identity /articles')).toBe(2)
    } finally {
      vi.unstubAllEnvs()
      proxy.close()
    }
  })

  it('refreshes every proxy listed, each with the changed pages', async () => {
    const proxies = [await countingProxy(), await countingProxy()]
    vi.stubEnv('DATABASE_URL', 'postgres://unused@127.0.0.1/unused')
    vi.stubEnv('PAYLOAD_SECRET', 'y'.repeat(32))
    vi.stubEnv('PROXY_REFRESH_URL', proxies.map((proxy) => proxy.url).join(','))
    vi.stubEnv('PROXY_REFRESH_TOKEN', 'x'.repeat(32))
    try {
      await refreshProxy({ source: 'authors', id: 1, operation: 'update', slugs: ['ana'] })
      for (const proxy of proxies)
        expect(Object.fromEntries(proxy.asked)).toEqual({
          'gzip /authors/ana': 1,
          'identity /authors/ana': 1,
        })
    } finally {
      vi.unstubAllEnvs()
      for (const proxy of proxies) proxy.close()
    }
  })

  it('asks again while the page comes from an instance’s cache, until it is rendered anew', async () => {
    const proxy = await countingProxy({ cachedAnswers: 2 })
    vi.stubEnv('DATABASE_URL', 'postgres://unused@127.0.0.1/unused')
    vi.stubEnv('PAYLOAD_SECRET', 'y'.repeat(32))
    vi.stubEnv('PROXY_REFRESH_URL', proxy.url)
    vi.stubEnv('PROXY_REFRESH_TOKEN', 'x'.repeat(32))
    try {
      await refreshProxy({ source: 'topics', id: 1, operation: 'update', slugs: ['sleep'] })
      expect(proxy.asked.get('gzip /topics/sleep')).toBe(3)
      proxy.asked.clear()
      const always = await countingProxy({ cachedAnswers: 100 })
      vi.stubEnv('PROXY_REFRESH_URL', always.url)
      await refreshProxy({ source: 'topics', id: 1, operation: 'update', slugs: ['calm'] })
      // A page cached anew by a reader meanwhile stays a HIT: a few asks, then it stops.
      expect(always.asked.get('gzip /topics/calm')).toBe(5)
      always.close()
    } finally {
      vi.unstubAllEnvs()
      proxy.close()
    }
  })
})
