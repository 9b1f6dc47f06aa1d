import { demoContent, paragraphs } from '@groundwork/cms/seed'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, inject, it } from 'vitest'

const { articles, authors, topics } = demoContent

import { isPublished, seededTitle } from '../support/e2e/seed'
import { staffApi } from '../support/e2e/staff'

/** The feed, the sitemaps and robots.txt, read over plain HTTP as feed readers and crawlers do. */
describe('feeds and discovery', () => {
  const baseUrl = inject('baseUrl')
  const parser = new XMLParser({
    ignoreAttributes: false,
    parseTagValue: false,
    isArray: (name) => ['item', 'url', 'sitemap'].includes(name),
  })
  const getXml = async (path: string) => {
    const response = await fetch(`${baseUrl}${path}`)
    expect(response.status, path).toBe(200)
    const text = await response.text()
    expect(XMLValidator.validate(text), path).toBe(true)
    return { response, xml: parser.parse(text) }
  }
  type RssItem = { title: string; link: string; guid: { '#text': string }; pubDate: string }
  const feedItems = async () => {
    const { response, xml } = await getXml('/feed.xml')
    return { response, channel: xml.rss.channel, items: (xml.rss.channel.item ?? []) as RssItem[] }
  }
  /** Every `<loc>` of every sitemap the index at /sitemap.xml names. */
  const sitemapLocs = async () => {
    const { xml: index } = await getXml('/sitemap.xml')
    const sitemaps = (index.sitemapindex.sitemap as { loc: string }[]).map((s) => s.loc)
    const locs: string[] = []
    for (const loc of sitemaps) {
      const { response, xml } = await getXml(new URL(loc).pathname)
      expect(response.headers.get('content-type')).toContain('xml')
      locs.push(...(xml.urlset.url as { loc: string }[]).map((url) => url.loc))
    }
    return { sitemaps, locs }
  }
  const path = (url: string) => new URL(url).pathname
  const published = articles.filter((article) => isPublished(article.key))
  const newestFirst = [...published].sort((a, b) => a.publishedDaysAgo - b.publishedDaysAgo)

  it('serves /feed.xml as RSS 2.0 with every published article, newest first, and no draft', async () => {
    const { response, channel, items } = await feedItems()
    expect(response.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(channel.title).toBe('Groundwork')
    expect(channel.link).toBe(`${baseUrl}/`)
    expect(items.map((item) => path(item.link))).toEqual(
      newestFirst.map((article) => `/articles/${article.key}`),
    )
    for (const item of items) {
      expect(item.link.startsWith(`${baseUrl}/articles/`)).toBe(true)
      expect(item.guid['#text']).toBe(item.link)
      expect(item.pubDate).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/)
    }
    expect((await fetch(`${baseUrl}/feed.xml`)).headers.get('x-nextjs-cache')).toBe('HIT')
    const titles = items.map((item) => item.title)
    expect(titles).toContain(seededTitle('after-a-relapse'))
    expect(titles).not.toContain(seededTitle('draft-coming-soon'))
    expect(items.some((item) => item.link.includes('draft-coming-soon'))).toBe(false)
  })

  it('lists exactly the published articles, every topic and author, and the home page in the sitemaps', async () => {
    const { sitemaps, locs } = await sitemapLocs()
    expect(sitemaps).toEqual([`${baseUrl}/sitemaps/sitemap/0.xml`])
    expect(new Set(locs).size).toBe(locs.length)
    const paths = locs.map(path)
    expect(new Set(paths.filter((p) => p.startsWith('/articles/')))).toEqual(
      new Set(published.map((article) => `/articles/${article.key}`)),
    )
    expect(paths).not.toContain('/articles/draft-coming-soon')
    expect(paths.filter((p) => p.startsWith('/topics/')).sort()).toEqual(
      topics.map((topic) => `/topics/${topic.key}`).sort(),
    )
    expect(paths.filter((p) => p.startsWith('/authors/')).sort()).toEqual(
      authors.map((author) => `/authors/${author.key}`).sort(),
    )
    expect(paths).toEqual(expect.arrayContaining(['/', '/articles']))
    expect(locs.every((loc) => loc.startsWith(`${baseUrl}/`))).toBe(true)
  })

  it('lets crawlers in everywhere but /admin and /api, and names the sitemap', async () => {
    const response = await fetch(`${baseUrl}/robots.txt`)
    expect(response.status).toBe(200)
    const lines = (await response.text()).split('\n').map((line) => line.trim())
    expect(lines).toContain('User-Agent: *')
    expect(lines).toContain('Allow: /')
    expect(lines).toContain('Disallow: /admin')
    expect(lines).toContain('Disallow: /api')
    expect(lines).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
  })

  it('answers /favicon.ico with the site’s icon, not a 404', async () => {
    const response = await fetch(`${baseUrl}/favicon.ico`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/icon.svg')
    const icon = await fetch(`${baseUrl}/favicon.ico`)
    expect(icon.status).toBe(200)
    expect(icon.headers.get('content-type')).toBe('image/svg+xml')
    expect(await icon.text()).toContain('<svg')
  })

  it('serves a generated share image for an article', async () => {
    const html = await (await fetch(`${baseUrl}/articles/after-a-relapse`)).text()
    const og = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
    expect(og, 'og:image meta tag').toBeTruthy()
    const image = await fetch(`${baseUrl}${path(og?.replaceAll('&amp;', '&') ?? '')}`)
    expect(image.status).toBe(200)
    expect(image.headers.get('content-type')).toBe('image/png')
    const bytes = new Uint8Array(await image.arrayBuffer())
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG')
  })

  describe('after a publish and a delete', () => {
    const api = staffApi(baseUrl)

    it('the feed and the sitemap show the new article on the next request, then drop it', async () => {
      await feedItems()
      await sitemapLocs()
      const slug = `discovery-check-${Date.now()}`
      const title = `Feeds & <sitemaps> ${slug}`
      const author = (await api('GET', 'authors?where[slug][equals]=tessa-marlowe&depth=0')).docs[0]
        .id
      const { doc } = await api('POST', 'articles', {
        title,
        slug,
        body: paragraphs(['Checking that feeds refresh.']),
        authors: [author],
        _status: 'published',
      })
      try {
        const { items } = await feedItems()
        expect(items[0]?.title).toBe(title)
        expect(path(items[0]?.link ?? `${baseUrl}/`)).toBe(`/articles/${slug}`)
        expect((await sitemapLocs()).locs.map(path)).toContain(`/articles/${slug}`)
      } finally {
        await api('DELETE', `articles/${doc.id}`)
      }
      const { items } = await feedItems()
      expect(items.map((item) => item.title)).not.toContain(title)
      expect((await sitemapLocs()).locs.map(path)).not.toContain(`/articles/${slug}`)
    })
  })
})
