import { paragraphs } from '@groundwork/cms/seed'
import { describe, expect, inject, it } from 'vitest'
import { seededArticle } from './seed'
import { staffApi } from './staff'

/**
 * Edits over REST (as the admin makes them) show on the next request to every page that displays
 * the edited document, and leave pages that do not display it in the cache.
 */
describe('freshness after an edit', () => {
  const baseUrl = inject('baseUrl')
  const page = (slug: string) => fetch(`${baseUrl}/articles/${slug}`)
  const warm = async (slug: string) => {
    await page(slug)
    expect((await page(slug)).headers.get('x-nextjs-cache')).toBe('HIT')
  }
  const api = staffApi(baseUrl)
  const idOf = async (collection: string, slug: string) =>
    (await api('GET', `${collection}?where[slug][equals]=${slug}&depth=0`)).docs[0].id as number

  it('an author’s edit refreshes that author’s articles and no others', async () => {
    const theirs = seededArticle('coping-with-cravings') // Priya and Elias
    const other = seededArticle('finding-a-peer-support-group') // Tessa only
    await warm(theirs.key)
    await warm(other.key)
    const priya = await idOf('authors', 'priya-castellan')
    const { jobTitle: original } = await api('GET', `authors/${priya}?depth=0`)
    const jobTitle = `Clinical social worker ${Date.now()}`
    await api('PATCH', `authors/${priya}`, { jobTitle })
    try {
      expect(await (await page(theirs.key)).text()).toContain(jobTitle)
      expect((await page(other.key)).headers.get('x-nextjs-cache')).toBe('HIT')
    } finally {
      await api('PATCH', `authors/${priya}`, { jobTitle: original })
    }
  })

  it('a disclaimer edit refreshes the articles that show it', async () => {
    const slug = 'telehealth-treatment-what-to-expect' // shows the site default disclaimer
    await warm(slug)
    const site = await api('GET', 'globals/site?depth=0')
    const { body: original } = await api('GET', `disclaimers/${site.defaultDisclaimer}?depth=0`)
    const sentence = `Reviewed wording ${Date.now()}.`
    await api('PATCH', `disclaimers/${site.defaultDisclaimer}`, { body: paragraphs([sentence]) })
    try {
      expect(await (await page(slug)).text()).toContain(sentence)
    } finally {
      await api('PATCH', `disclaimers/${site.defaultDisclaimer}`, { body: original })
    }
  })

  it('a site settings edit refreshes every page that shows them', async () => {
    const slug = 'after-a-relapse'
    await warm(slug)
    const { callToAction: original } = await api('GET', 'globals/site?depth=0')
    const heading = `Talk with someone today ${Date.now()}`
    await api('POST', 'globals/site', { callToAction: { ...original, heading } })
    try {
      expect(await (await page(slug)).text()).toContain(heading)
    } finally {
      await api('POST', 'globals/site', { callToAction: original })
    }
  })

  it('an unpublished article leaves every page on the next request, and comes back', async () => {
    const slug = 'telehealth-treatment-what-to-expect'
    const link = `href="/articles/${slug}"`
    // Pages that list it: home, all articles, its topic, its author, search, and an also-browsed box.
    const listing = [
      '/',
      '/articles',
      '/topics/treatment',
      '/authors/elias-brandt',
      '/search?q=telehealth',
    ]
    const picker = '/articles/buprenorphine-basics'
    for (const path of [...listing, picker]) {
      const html = await (await fetch(`${baseUrl}${path}`)).text()
      expect(html, path).toContain(link)
    }
    const id = await idOf('articles', slug)
    await api('PATCH', `articles/${id}`, { _status: 'draft' })
    try {
      expect((await page(slug)).status).toBe(404)
      for (const path of [...listing, picker]) {
        const html = await (await fetch(`${baseUrl}${path}`)).text()
        expect(html, path).not.toContain(link)
      }
    } finally {
      await api('PATCH', `articles/${id}`, { _status: 'published' })
    }
    expect((await page(slug)).status).toBe(200)
  })
})
