import { paragraphs } from '@groundwork/cms/seed'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type RunningNginx, startNginx } from '../../scripts/lib/nginxProfile'
import { seededTitle } from '../support/e2e/seed'
import { type Account, createAccount, sessionCookie, staffApi } from '../support/e2e/staff'

/**
 * The shipped nginx profile (deploy/nginx) in front of the e2e app: what it stores, what it
 * never stores, and that a cache in front of the site never shows one person's page to another.
 */
describe('the production profile (nginx in front)', () => {
  const baseUrl = inject('baseUrl')
  const api = staffApi(baseUrl)
  let nginx: RunningNginx
  let editor: Account
  const viaProxy = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${nginx.profileUrl}${path}`, { redirect: 'manual', headers })
  const cacheStatus = (response: Response) => response.headers.get('x-proxy-cache')

  beforeAll(async () => {
    nginx = await startNginx(
      new URL(baseUrl).host.replace('localhost', '127.0.0.1'),
      inject('proxyPlan') ?? undefined,
    )
    editor = await createAccount(baseUrl, 'editor')
  })
  afterAll(async () => {
    for (const id of created) await api('DELETE', `articles/${id}`)
    await nginx?.stop()
  })

  /** A published article of this file's own: the seeded ones belong to the other tests. */
  const created: number[] = []
  const ownArticle = async (name: string) => {
    const slug = `${name}-${process.pid}-${Date.now().toString(36)}`
    const { docs } = await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')
    const { doc } = await api('POST', 'articles', {
      title: `Proxy check ${slug}`,
      slug,
      body: paragraphs([`Checking the proxy ${slug}.`]),
      authors: [docs[0].id],
      _status: 'published',
    })
    created.push(doc.id)
    return doc as { id: number; slug: string; title: string }
  }

  it('stores a reader page and serves the next reader from the store', async () => {
    const path = '/articles/coping-with-cravings'
    const first = await viaProxy(path)
    const second = await viaProxy(path)
    expect(first.status).toBe(200)
    expect(['MISS', 'EXPIRED', 'STALE', 'UPDATING', 'HIT']).toContain(cacheStatus(first))
    expect(cacheStatus(second)).toBe('HIT')
    const html = await second.text()
    expect(html).toContain(seededTitle('coping-with-cravings'))
    expect(html).toBe(await first.text())
  })

  it('keeps the app’s security headers on stored pages', async () => {
    const path = '/articles/coping-with-cravings'
    await viaProxy(path)
    const stored = await viaProxy(path)
    expect(cacheStatus(stored)).toBe('HIT')
    expect(stored.headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(stored.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('never stores or serves stored pages to someone signed in', async () => {
    const path = '/articles/after-a-relapse'
    await viaProxy(path)
    const signedIn = await viaProxy(path, { cookie: sessionCookie(editor) })
    expect(signedIn.status).toBe(200)
    expect(cacheStatus(signedIn)).toBe('BYPASS')
    const draftMode = await viaProxy(path, { cookie: '__prerender_bypass=anything' })
    expect(cacheStatus(draftMode)).toBe('BYPASS')
  })

  it('never caches the admin, the API, preview or revalidation', async () => {
    for (const path of ['/admin', '/api/articles?limit=1', '/preview?path=/', '/revalidate']) {
      for (let i = 0; i < 2; i++) {
        const response = await viaProxy(path)
        expect(cacheStatus(response), path).toBeNull()
        expect(response.status, path).toBeLessThan(500)
      }
    }
  })

  it('never shows a previewed draft to the next reader', async () => {
    const article = await ownArticle('proxy-preview')
    const path = `/articles/${article.slug}`
    const draftTitle = `Unpublished rewrite ${Date.now()}`
    await api('PATCH', `articles/${article.id}?draft=true`, { title: draftTitle })
    const cookie = sessionCookie(editor)
    const headers = { cookie, 'sec-fetch-site': 'same-origin' }
    const enter = await viaProxy(`/preview?${new URLSearchParams({ path })}`, headers)
    const draftCookie = enter.headers
      .getSetCookie()
      .find((value) => value.startsWith('__prerender_bypass='))
      ?.split(';')[0]
    expect(draftCookie).toBeTruthy()
    const preview = await viaProxy(path, { ...headers, cookie: `${cookie}; ${draftCookie}` })
    expect(await preview.text()).toContain(draftTitle)
    for (let i = 0; i < 3; i++) {
      const reader = await (await viaProxy(path)).text()
      expect(reader).toContain(article.title)
      expect(reader).not.toContain(draftTitle)
    }
  })

  it('keeps a page’s HTML and its client-navigation payload apart', async () => {
    // Next answers both on one URL, told apart by request headers; a browser navigating inside
    // the site sends `RSC: 1`. Whatever the payload answer is, it must never be served as the
    // page, nor the page as the payload.
    const path = '/articles/buprenorphine-basics'
    const payloadType = async () => (await viaProxy(path, { rsc: '1' })).headers.get('content-type')
    const first = await payloadType()
    expect(first ?? '').not.toContain('text/html')
    const html = await viaProxy(path)
    expect(html.headers.get('content-type')).toContain('text/html')
    expect(await html.text()).toMatch(/^<!DOCTYPE html>/i)
    expect(await payloadType()).toBe(first)
  })

  it('sends pages compressed to browsers that accept gzip', async () => {
    const response = await viaProxy('/articles', { 'accept-encoding': 'gzip, deflate, br' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('gzip')
    expect(await response.text()).toContain('</html>')
  })

  it('brings a publish to readers through the store', async () => {
    const article = await ownArticle('proxy-publish')
    const path = `/articles/${article.slug}`
    await viaProxy(path)
    const title = `${article.title} (revised)`
    await api('PATCH', `articles/${article.id}`, { title })
    let seen = false
    for (let i = 0; i < 100 && !seen; i++) {
      seen = (await (await viaProxy(path)).text()).includes(title)
      if (!seen) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(seen).toBe(true)
  })

  it('serves one stored copy to browsers whatever their Accept-Encoding says', async () => {
    const path = '/articles/coping-with-cravings'
    const asChrome = { 'accept-encoding': 'gzip, deflate, br, zstd' }
    await viaProxy(path, asChrome)
    // Served from the store (fresh, or stale while the store refreshes), never a MISS: honouring
    // the app's Vary made each Accept-Encoding string a copy of its own, replacing the last.
    const served = ['HIT', 'STALE', 'UPDATING']
    expect(served).toContain(cacheStatus(await viaProxy(path, asChrome)))
    const asSafari = await viaProxy(path, { 'accept-encoding': 'gzip, deflate, br' })
    expect(served).toContain(cacheStatus(asSafari))
    expect(asSafari.headers.get('content-encoding')).toBe('gzip')
  })

  it('fetches a page anew only for the app’s refresh token', async () => {
    const plan = inject('proxyPlan')
    if (!plan) throw new Error('Needs the app this suite starts (no E2E_BASE_URL)')
    const path = '/articles/coping-with-cravings'
    await viaProxy(path)
    const refresh = (token: string) => viaProxy(path, { 'x-groundwork-refresh': token })
    expect(cacheStatus(await refresh(plan.refreshToken))).toBe('BYPASS')
    expect(cacheStatus(await refresh('x'.repeat(plan.refreshToken.length)))).toBe('HIT')
    expect(cacheStatus(await refresh(''))).toBe('HIT')
  })

  it('shows a publish at once: the app refreshes the stored page instead of waiting for its second', async () => {
    const article = await ownArticle('proxy-refresh')
    const path = `/articles/${article.slug}`
    // Stored now, so the old copy would be served for at least another second.
    expect(cacheStatus(await viaProxy(path))).toBe('MISS')
    const title = `${article.title} (refreshed)`
    await api('PATCH', `articles/${article.id}`, { title })
    const patched = Date.now()
    let seenAfterMs = Number.POSITIVE_INFINITY
    let seenAs: string | null = null
    while (Date.now() - patched < 3000) {
      const response = await viaProxy(path)
      if ((await response.text()).includes(title)) {
        seenAfterMs = Date.now() - patched
        seenAs = cacheStatus(response)
        break
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    expect(seenAfterMs).toBeLessThan(600)
    // From the store: the refresh put it there, no reader's request had to fetch it.
    expect(seenAs).toBe('HIT')
  })
})
