import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'

const misses = [
  ['an unknown slug', '/articles/no-such-article'],
  ['a draft', '/articles/draft-coming-soon'],
  ['a malformed slug', '/articles/%3Cscript%3E'],
  ['an unknown page of a list', '/articles/page/9999'],
  ['an unknown topic', '/topics/no-such-topic'],
  ['an unknown author', '/authors/no-such-author'],
  ['an unknown address', '/no/such/page'],
]

/**
 * What the page's robots tags allow, all of them together: once scripts run, Next's not-found
 * boundary adds its own `noindex` beside the one the server rendered.
 */
const robotsDirectives = async (page: Page) => {
  const tags = await page.locator('meta[name="robots"]').all()
  const contents = await Promise.all(tags.map((tag) => tag.getAttribute('content')))
  return [...new Set(contents.flatMap((content) => (content ?? '').split(/\s*,\s*/)))]
}

/** The site's 404 page, as a browser shows it and as a crawler sees the status. */
describe('addresses that lead nowhere', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  it.each(misses)('answer %s with status 404 and the site’s 404 page', async (_, path) => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { name: 'We couldn’t find that page' }).waitFor()
    expect(await page.getByRole('banner').textContent()).toContain('Groundwork')
    expect(await robotsDirectives(page)).toContain('noindex')
    await page.close()
  })

  // Rendered on the server, not filled in by scripts: a reader with JavaScript off, or on a
  // connection that drops the scripts, still learns the page is not there and where to go.
  it.each(misses)('answer %s with the 404 page with JavaScript off', async (_, path) => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    const heading = page.getByRole('heading', { name: 'We couldn’t find that page' })
    expect(await heading.count()).toBe(1)
    expect(await page.getByRole('banner').textContent()).toContain('Groundwork')
    expect(await page.getByRole('link', { name: /home|articles/i }).count()).toBeGreaterThan(0)
    expect(await robotsDirectives(page)).toContain('noindex')
    await context.close()
  })
})

/** How long any cache may keep a "nothing here" answer: a few seconds. */
const MAX_MISS_SECONDS = 10

/** Every address a made-up word can reach on the reader site, that word in it. */
const madeUpAddresses = (word: string) => [
  `/articles/${word}`,
  `/articles/${word}/share-image`,
  `/articles/page/${2 + (Number.parseInt(word.slice(-4), 16) % 9_000)}`,
  `/topics/${word}`,
  `/topics/${word}/page/2`,
  `/topics/treatment/page/${2 + (Number.parseInt(word.slice(-4), 16) % 9_000)}`,
  `/authors/${word}`,
  `/home/${word}`,
  `/no/such/${word}`,
]

/**
 * Where Next keeps what it caches while serving, inside the build folder: rendered pages and
 * route responses, and `unstable_cache` entries (the folders `npm start` drops for another
 * database, scripts/lib/buildIfNeeded.ts).
 */
const servedCacheFiles = (distDir: string) =>
  ['server/route-cache', 'cache/fetch-cache'].flatMap((folder) => {
    const root = path.join(distDir, folder)
    if (!fs.existsSync(root)) return []
    return fs
      .readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)))
  })

/** Anonymous requests for made-up addresses must cost no storage, or they could fill the disk. */
describe('misses are answered, not stored', () => {
  const baseUrl = inject('baseUrl')
  const distDir = inject('appDistDir')
  const get = (urlPath: string) => fetch(`${baseUrl}${urlPath}`)

  it.each(madeUpAddresses('made-up-0a1b'))(
    'answers %s with 404 that caches keep for seconds at most',
    async (urlPath) => {
      const response = await get(urlPath)
      await response.arrayBuffer()
      expect(response.status).toBe(404)
      const cacheControl = response.headers.get('cache-control') ?? ''
      const sharedMaxAge = Number(cacheControl.match(/s-maxage=(\d+)/)?.[1] ?? 0)
      expect(sharedMaxAge, cacheControl).toBeLessThanOrEqual(MAX_MISS_SECONDS)
      const staleFor = Number(cacheControl.match(/stale-while-revalidate=(\d+)/)?.[1] ?? 0)
      expect(staleFor, cacheControl).toBeLessThanOrEqual(MAX_MISS_SECONDS * 6)
      expect(response.headers.get('x-nextjs-cache'), 'never served from a store').not.toBe('HIT')
    },
  )

  it('stores nothing for any number of made-up addresses', async () => {
    if (!distDir)
      throw new Error('Needs the app’s build folder: set E2E_DIST_DIR with E2E_BASE_URL')
    // What a miss may share with every other miss (the layout's site settings) is stored once.
    for (const urlPath of madeUpAddresses(`warm-${randomUUID().slice(0, 8)}`)) {
      await (await get(urlPath)).arrayBuffer()
    }
    const before = new Set(servedCacheFiles(distDir))
    for (let n = 0; n < 8; n++) {
      const word = `made-up-${randomUUID().slice(0, 8)}`
      for (const urlPath of madeUpAddresses(word)) {
        const response = await get(urlPath)
        await response.arrayBuffer()
        expect(response.status, urlPath).toBe(404)
      }
    }
    const added = servedCacheFiles(distDir).filter((file) => !before.has(file))
    expect(added).toEqual([])
  })

  it('stores nothing for any number of searches, found or not', async () => {
    if (!distDir)
      throw new Error('Needs the app’s build folder: set E2E_DIST_DIR with E2E_BASE_URL')
    const before = new Set(servedCacheFiles(distDir))
    for (let n = 0; n < 8; n++) {
      const word = randomUUID().slice(0, 8)
      // A word nothing matches, and one that matches every article (`or`).
      for (const q of [word, `recovery or ${word}`]) {
        const response = await get(`/search?q=${encodeURIComponent(q)}`)
        await response.arrayBuffer()
        expect(response.status, q).toBe(200)
      }
    }
    const added = servedCacheFiles(distDir).filter((file) => !before.has(file))
    expect(added).toEqual([])
  })

  it('still stores a page that exists, and serves it from the store', async () => {
    await (await get('/articles/after-a-relapse')).arrayBuffer()
    expect((await get('/articles/after-a-relapse')).headers.get('x-nextjs-cache')).toBe('HIT')
  })
})
