import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { JsonLd, serializeJsonLd } from '../src/seo/JsonLd'
import { buildRss, type RssChannel, rfc822 } from '../src/seo/rss'
import { buildSitemapIndex, planSitemaps } from '../src/seo/sitemap'
import { articleJsonLd, breadcrumbJsonLd, medicalWebPageJsonLd } from '../src/seo/structuredData'

const parseXml = (xml: string) => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  return doc
}

const channel = (overrides: Partial<RssChannel> = {}): RssChannel => ({
  title: 'Groundwork',
  url: 'https://gw.example/',
  feedUrl: 'https://gw.example/feed.xml',
  description: 'The newest articles from Groundwork',
  items: [
    {
      title: 'Sleep & recovery: <b>why</b> it "matters"',
      url: 'https://gw.example/articles/sleep?a=1&b=2',
      description: 'Rest <script>alert(1)</script> & repair',
      publishedAt: '2025-06-03T09:00:00.000Z',
      author: 'Dana O’Neil & Co',
    },
    {
      title: 'No excerpt',
      url: 'https://gw.example/articles/no-excerpt',
      description: null,
      publishedAt: '2024-02-29T23:59:59+02:00',
    },
  ],
  ...overrides,
})

describe('buildRss', () => {
  it('escapes &, <, > and quotes so the text reads back exactly as written', () => {
    const xml = buildRss(channel())
    expect(xml).toContain('Sleep &amp; recovery: &lt;b&gt;why&lt;/b&gt; it &quot;matters&quot;')
    expect(xml).not.toContain('<script>')
    const doc = parseXml(xml)
    const [first] = Array.from(doc.getElementsByTagName('item'))
    const text = (name: string) => first?.getElementsByTagName(name)[0]?.textContent
    expect(text('title')).toBe('Sleep & recovery: <b>why</b> it "matters"')
    expect(text('link')).toBe('https://gw.example/articles/sleep?a=1&b=2')
    expect(text('guid')).toBe('https://gw.example/articles/sleep?a=1&b=2')
    expect(text('description')).toBe('Rest <script>alert(1)</script> & repair')
    expect(text('dc:creator')).toBe('Dana O’Neil & Co')
  })

  it('writes an RSS 2.0 channel with a self link and one item per entry', () => {
    const doc = parseXml(buildRss(channel()))
    expect(doc.documentElement.nodeName).toBe('rss')
    expect(doc.documentElement.getAttribute('version')).toBe('2.0')
    const rssChannel = doc.getElementsByTagName('channel')[0]
    expect(rssChannel?.getElementsByTagName('title')[0]?.textContent).toBe('Groundwork')
    expect(doc.getElementsByTagName('atom:link')[0]?.getAttribute('href')).toBe(
      'https://gw.example/feed.xml',
    )
    expect(doc.getElementsByTagName('item')).toHaveLength(2)
    const second = doc.getElementsByTagName('item')[1]
    expect(second?.getElementsByTagName('description')).toHaveLength(0)
  })

  it('drops control characters XML cannot carry', () => {
    const xml = buildRss(channel({ title: 'Bell\u0007 and\u0000 null' }))
    expect(parseXml(xml).getElementsByTagName('title')[0]?.textContent).toBe('Bell and null')
  })

  it('dates items in RFC 822, in GMT', () => {
    const doc = parseXml(buildRss(channel()))
    const dates = Array.from(doc.getElementsByTagName('pubDate')).map((node) => node.textContent)
    expect(dates).toEqual(['Tue, 03 Jun 2025 09:00:00 GMT', 'Thu, 29 Feb 2024 21:59:59 GMT'])
    for (const date of dates) {
      expect(date).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/)
    }
  })

  it('refuses a date it cannot read instead of writing "Invalid Date"', () => {
    expect(() => rfc822('yesterday-ish')).toThrow('Not a date')
  })
})

describe('planSitemaps', () => {
  it('keeps a small site in one sitemap', () => {
    const plan = planSitemaps([
      { source: 'pages', count: 2 },
      { source: 'topics', count: 3 },
      { source: 'authors', count: 0 },
      { source: 'articles', count: 8 },
    ])
    expect(plan).toEqual([
      [
        { source: 'pages', page: 1 },
        { source: 'topics', page: 1 },
        { source: 'articles', page: 1 },
      ],
    ])
  })

  it('splits 100k articles into sitemaps of at most 50,000 URLs, read 1000 at a time', () => {
    const counts = { pages: 2, topics: 40, authors: 1500, articles: 100_000 }
    const plan = planSitemaps(Object.entries(counts).map(([source, count]) => ({ source, count })))
    expect(plan).toHaveLength(3)
    const urls = (pages: { source: string; page: number }[]) =>
      pages.reduce((sum, { source, page }) => {
        const count = counts[source as keyof typeof counts]
        return sum + Math.min(1000, count - (page - 1) * 1000)
      }, 0)
    for (const sitemap of plan) expect(urls(sitemap)).toBeLessThanOrEqual(50_000)
    expect(plan.reduce((sum, sitemap) => sum + urls(sitemap), 0)).toBe(101_542)
    expect(plan.flat().filter((page) => page.source === 'articles')).toHaveLength(100)
  })

  it('lists each sitemap in an index', () => {
    const doc = parseXml(buildSitemapIndex(['https://gw.example/sitemap/0.xml?a=1&b=2']))
    expect(doc.documentElement.nodeName).toBe('sitemapindex')
    expect(doc.getElementsByTagName('loc')[0]?.textContent).toBe(
      'https://gw.example/sitemap/0.xml?a=1&b=2',
    )
  })
})

const article = {
  title: 'Buprenorphine basics',
  excerpt: 'How it works.',
  publishedAt: '2025-06-03T09:00:00.000Z',
  authors: [
    {
      name: 'Elias Brandt',
      jobTitle: 'Addiction Medicine Physician',
      url: 'https://gw.example/authors/elias-brandt',
      sameAs: ['https://orcid.example/0000'],
    },
    { name: 'Tessa Marlowe', jobTitle: null },
  ],
}
const url = 'https://gw.example/articles/buprenorphine-basics'

describe('articleJsonLd', () => {
  it('describes the article, its authors and its publisher', () => {
    expect(articleJsonLd(article, { siteName: 'Groundwork', url })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Buprenorphine basics',
      description: 'How it works.',
      datePublished: '2025-06-03T09:00:00.000Z',
      dateModified: '2025-06-03T09:00:00.000Z',
      author: [
        {
          '@type': 'Person',
          name: 'Elias Brandt',
          jobTitle: 'Addiction Medicine Physician',
          url: 'https://gw.example/authors/elias-brandt',
          sameAs: ['https://orcid.example/0000'],
        },
        { '@type': 'Person', name: 'Tessa Marlowe' },
      ],
      publisher: { '@type': 'Organization', name: 'Groundwork' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
    })
  })

  it('uses updatedAt and the image when given', () => {
    const data = articleJsonLd(
      { ...article, updatedAt: '2025-07-01T00:00:00.000Z' },
      { siteName: 'Groundwork', url, imageUrl: 'https://gw.example/og.png' },
    )
    expect(data.dateModified).toBe('2025-07-01T00:00:00.000Z')
    expect(data.image).toEqual(['https://gw.example/og.png'])
  })
})

describe('breadcrumbJsonLd', () => {
  it('numbers the crumbs from 1', () => {
    expect(
      breadcrumbJsonLd([
        { name: 'Home', url: 'https://gw.example/' },
        { name: 'Articles', url: 'https://gw.example/articles' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://gw.example/' },
        { '@type': 'ListItem', position: 2, name: 'Articles', item: 'https://gw.example/articles' },
      ],
    })
  })
})

describe('medicalWebPageJsonLd', () => {
  const page = { name: 'Buprenorphine basics', url }
  const reviewer = { name: 'Dr. Priya Castellan', jobTitle: 'Psychiatrist' }

  it('claims a review only with both a reviewer and a date', () => {
    const reviewed = medicalWebPageJsonLd({
      ...page,
      reviewedBy: reviewer,
      lastReviewed: '2025-05-01',
    })
    expect(reviewed).toMatchObject({
      '@type': 'MedicalWebPage',
      reviewedBy: { '@type': 'Person', name: 'Dr. Priya Castellan', jobTitle: 'Psychiatrist' },
      lastReviewed: '2025-05-01',
    })
    for (const partial of [
      { reviewedBy: reviewer },
      { lastReviewed: '2025-05-01' },
      { reviewedBy: null, lastReviewed: null },
    ]) {
      const data = medicalWebPageJsonLd({ ...page, ...partial })
      expect(data).toEqual({
        '@context': 'https://schema.org',
        '@type': 'MedicalWebPage',
        name: 'Buprenorphine basics',
        url,
      })
    }
  })
})

describe('JsonLd', () => {
  const hostile = { ...article, title: 'Quit </script><script>alert(1)</script> <!-- & \u2028' }
  const data = articleJsonLd(hostile, { siteName: 'Groundwork', url })

  it('renders one ld+json script that cannot be closed by the content', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data }))
    expect(html.startsWith('<script type="application/ld+json">')).toBe(true)
    expect(html.match(/<\/script>/gi)).toHaveLength(1)
    expect(html.endsWith('</script>')).toBe(true)
    expect(html).not.toContain('<!--')
    expect(html).toContain('\\u003c/script\\u003e')
  })

  it('reads back as the same data', () => {
    const html = renderToStaticMarkup(createElement(JsonLd, { data: [data, data] }))
    const host = document.createElement('div')
    host.innerHTML = html
    const scripts = host.querySelectorAll('script[type="application/ld+json"]')
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual([data, data])
    expect(JSON.parse(serializeJsonLd(data)).headline).toBe(hostile.title)
  })
})
