import { paragraphs } from '@groundwork/cms/seed'
import { describe, expect, inject, it } from 'vitest'
import { seededArticle } from '../support/e2e/seed'
import { staffApi } from '../support/e2e/staff'

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
  const html = async (path: string) => (await fetch(`${baseUrl}${path}`)).text()
  /** Loads a page until the cache serves it, so only a revalidation can change what follows. */
  const warmPath = async (path: string) => {
    await (await fetch(`${baseUrl}${path}`)).arrayBuffer()
    const cached = await fetch(`${baseUrl}${path}`)
    expect(cached.headers.get('x-nextjs-cache'), path).toBe('HIT')
    await cached.arrayBuffer()
  }
  /** The "People who read this article also browsed" box of an article page's HTML. */
  const alsoBrowsedBox = (page: string) =>
    page.match(/<section class="gw-also"[^>]*>([\s\S]*?)<\/section>/)?.[1] ?? ''
  let created = 0
  /** A published article of the test's own (deleted by the test), newest on the site. */
  const publishArticle = async (data: Record<string, unknown>) => {
    const stamp = `${process.pid}-${Date.now().toString(36)}-${++created}`
    const tessa = await idOf('authors', 'tessa-marlowe')
    const { doc } = await api('POST', 'articles', {
      title: `Freshness check ${stamp}`,
      slug: `freshness-check-${stamp}`,
      body: paragraphs([`Checking freshness ${stamp}.`]),
      authors: [tessa],
      _status: 'published',
      ...data,
    })
    return doc as { id: number; slug: string; title: string }
  }

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

  it('the site description describes the home page, the article list and the feed, fresh after an edit', async () => {
    for (const path of ['/', '/articles', '/feed.xml']) await warmPath(path)
    const { description: original } = await api('GET', 'globals/site?depth=0')
    expect(await html('/')).toContain(`<meta name="description" content="${original}"/>`)
    const description = `Plain answers about recovery, checked ${Date.now()}`
    await api('POST', 'globals/site', { description })
    try {
      expect(await html('/')).toContain(`<meta name="description" content="${description}"/>`)
      expect(await html('/')).toContain(
        `<meta property="og:description" content="${description}"/>`,
      )
      expect(await html('/feed.xml')).toContain(`<description>${description}</description>`)
      expect(await html('/articles')).toMatch(
        new RegExp(
          `<meta name="description" content="Every article on [^"]+, newest first. ${description}"/>`,
        ),
      )
    } finally {
      await api('POST', 'globals/site', { description: original })
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

  it('an author’s bio edit refreshes every page that shows that author, and no other page', async () => {
    // Priya writes these three (and reviewed the last), and has her own page.
    const hers = [
      '/articles/talking-to-family-about-recovery',
      '/articles/coping-with-cravings',
      '/articles/after-a-relapse',
      '/authors/priya-castellan',
    ]
    // Neither shows Priya: other authors' articles and pages, lists of titles.
    const others = [
      '/articles/finding-a-peer-support-group',
      '/articles/sleep-in-early-recovery',
      '/authors/tessa-marlowe',
      '/topics/recovery-support',
      '/',
    ]
    for (const path of [...hers, ...others]) await warmPath(path)
    const priya = await idOf('authors', 'priya-castellan')
    const { bio: original } = await api('GET', `authors/${priya}?depth=0`)
    const sentence = `Priya now also runs a weekly family group ${Date.now()}.`
    await api('PATCH', `authors/${priya}`, { bio: paragraphs([sentence]) })
    try {
      for (const path of others) {
        const response = await fetch(`${baseUrl}${path}`)
        expect(response.headers.get('x-nextjs-cache'), `${path} stays cached`).toBe('HIT')
        expect(await response.text(), path).not.toContain(sentence)
      }
      for (const path of hers) expect(await html(path), path).toContain(sentence)
    } finally {
      await api('PATCH', `authors/${priya}`, { bio: original })
    }
  })

  it('a title change refreshes the pages that list the article under "also browsed", and the home page', async () => {
    const mentalHealth = await idOf('topics', 'mental-health')
    // Newest in its topic, so the topic's articles show it in their box; one picks it by hand.
    const renamed = await publishArticle({ topics: [mentalHealth] })
    const picker = await publishArticle({ alsoBrowsed: [renamed.id] })
    const sameTopic = '/articles/sleep-in-early-recovery'
    try {
      const boxes = [`/articles/${picker.slug}`, sameTopic]
      for (const path of [...boxes, '/']) {
        await warmPath(path)
        const page = await html(path)
        const box = path === '/' ? page : alsoBrowsedBox(page)
        expect(box, path).toContain(renamed.title)
      }
      const title = `${renamed.title}, retitled`
      await api('PATCH', `articles/${renamed.id}`, { title, _status: 'published' })
      for (const path of boxes) {
        const box = alsoBrowsedBox(await html(path))
        expect(box, path).toContain(`>${title}</a>`)
      }
      expect(await html('/')).toContain(title)
    } finally {
      await api('DELETE', `articles/${picker.id}`)
      await api('DELETE', `articles/${renamed.id}`)
    }
  })

  it('a deleted article answers 404 and leaves every list and also-browsed box on the next request', async () => {
    const mentalHealth = await idOf('topics', 'mental-health')
    const word = `zebrafinch${Date.now().toString(36)}`
    const doomed = await publishArticle({
      topics: [mentalHealth],
      excerpt: `Searchable as ${word}.`,
    })
    const picker = await publishArticle({ alsoBrowsed: [doomed.id] })
    const link = `href="/articles/${doomed.slug}"`
    const lists = ['/', '/articles', '/topics/mental-health', '/authors/tessa-marlowe']
    const boxes = [`/articles/${picker.slug}`, '/articles/sleep-in-early-recovery']
    try {
      for (const path of [...lists, ...boxes]) await warmPath(path)
      for (const path of [...lists, `/search?q=${word}`]) {
        expect(await html(path), path).toContain(link)
      }
      for (const path of boxes) expect(alsoBrowsedBox(await html(path)), path).toContain(link)
      await warmPath(`/articles/${doomed.slug}`)

      await api('DELETE', `articles/${doomed.id}`)
      const gone = await page(doomed.slug)
      expect(gone.status).toBe(404)
      expect(await gone.text()).not.toContain(doomed.title)
      for (const path of [...lists, `/search?q=${word}`, ...boxes]) {
        expect(await html(path), path).not.toContain(link)
      }
    } finally {
      await api('DELETE', `articles/${picker.id}`)
      await api('DELETE', `articles?where[id][equals]=${doomed.id}`)
    }
  })
})
