import { describe, expect, inject, it } from 'vitest'
import { seededTitle } from '../support/e2e/seed'

/** Plain HTTP, as a reader's browser or a crawler sends it. */
describe('reader pages over HTTP', () => {
  const baseUrl = inject('baseUrl')

  it('serves an article from the cache on the second request', async () => {
    await fetch(`${baseUrl}/articles/after-a-relapse`)
    const second = await fetch(`${baseUrl}/articles/after-a-relapse`)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-nextjs-cache')).toBe('HIT')
    expect(await second.text()).toContain(seededTitle('after-a-relapse'))
  })

  it('describes an article to crawlers: canonical URL, Open Graph and JSON-LD naming the author', async () => {
    const html = await (await fetch(`${baseUrl}/articles/after-a-relapse`)).text()
    expect(html).toMatch(/<link rel="canonical" href="[^"]+\/articles\/after-a-relapse"/)
    expect(html).toContain('<meta property="og:type" content="article"/>')
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)]
    const data = JSON.parse(scripts[0]?.[1] ?? '[]') as {
      '@type': string
      author?: { name: string }[]
    }[]
    const article = data.find((item) => item['@type'] === 'Article')
    expect(article?.author?.[0]?.name).toBe('Priya Castellan')
    expect(data.map((item) => item['@type'])).toContain('BreadcrumbList')
  })

  it('lists the newest published articles on the home page, never the draft', async () => {
    const html = await (await fetch(`${baseUrl}/`)).text()
    const first = html.indexOf(seededTitle('what-my-first-year-taught-me'))
    const second = html.indexOf(seededTitle('buprenorphine-basics'))
    expect(first).toBeGreaterThan(-1)
    expect(second).toBeGreaterThan(first)
    expect(html).not.toContain(seededTitle('draft-coming-soon'))
  })

  it('returns published articles only over REST and GraphQL, without emails', async () => {
    const rest = await (await fetch(`${baseUrl}/api/articles?limit=100&draft=true`)).json()
    const titles = rest.docs.map((doc: { title: string }) => doc.title)
    expect(titles).toContain(seededTitle('after-a-relapse'))
    expect(titles).not.toContain(seededTitle('draft-coming-soon'))
    const graphql = await fetch(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ Articles(limit: 100, draft: true) { docs { title authors { name } } } }',
      }),
    })
    const { data } = await graphql.json()
    const docs = data.Articles.docs as { title: string; authors: { name: string }[] }[]
    expect(docs.map((doc) => doc.title)).not.toContain(seededTitle('draft-coming-soon'))
    expect(
      docs.find((doc) => doc.title === seededTitle('after-a-relapse'))?.authors[0]?.name,
    ).toBeTruthy()
    expect(JSON.stringify(rest) + JSON.stringify(data)).not.toMatch(/@[a-z0-9-]+\.[a-z]/i)
  })
})
