import { cacheTags } from '@groundwork/cms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getArticlePage } from '../../src/queries/article'
import type { Cached } from '../../src/queries/cache'
import {
  createArticle,
  createAuthor,
  createDisclaimer,
  createTopic,
  quiet,
} from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

/** A cache adapter that reads through and remembers which tags each entry carried. */
const recordingCache = () => {
  const entries: { key: string[]; tags: string[] }[] = []
  const cached: Cached = (key, tags, read) => {
    entries.push({ key, tags })
    return read()
  }
  return { cached, tags: () => new Set(entries.flatMap((entry) => entry.tags)) }
}

describe('the article page query', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(() => cms.payload.destroy())

  it('reads an article with its authors, disclaimer, picks and fill, tagged with all it read', async () => {
    const { payload } = cms
    const [ana, ben] = [
      await createAuthor(payload, 'Ana Reyes'),
      await createAuthor(payload, 'Ben Ortiz'),
    ]
    const topic = await createTopic(payload, 'Treatment')
    const own = await createDisclaimer(payload, 'Own disclaimer')
    const day = (n: number) => new Date(Date.UTC(2026, 0, n)).toISOString()
    const pick = await createArticle(payload, {
      title: 'Picked',
      authors: [ana.id],
      publishedAt: day(1),
    })
    await createArticle(payload, {
      title: 'Older',
      authors: [ana.id],
      topics: [topic.id],
      publishedAt: day(2),
    })
    await createArticle(payload, {
      title: 'Newer',
      authors: [ana.id],
      topics: [topic.id],
      publishedAt: day(3),
    })
    const draft = await createArticle(payload, {
      title: 'Draft',
      authors: [ana.id],
      topics: [topic.id],
      status: 'draft',
    })
    const main = await createArticle(payload, {
      title: 'Main article',
      authors: [ben.id, ana.id],
      topics: [topic.id],
      disclaimer: own.id,
      alsoBrowsed: [draft.id, pick.id],
      publishedAt: day(4),
    })

    const cache = recordingCache()
    const page = await getArticlePage(main.slug, { payload, cached: cache.cached })

    expect(page?.title).toBe('Main article')
    expect(page?.authors.map((author) => author.name)).toEqual(['Ben Ortiz', 'Ana Reyes'])
    expect(page?.disclaimer?.title).toBe('Own disclaimer')
    // The draft pick is dropped; the picked article comes first, then the newest of the topic.
    expect(page?.alsoBrowsed.map((card) => card.title)).toEqual(['Picked', 'Newer', 'Older'])
    const tags = cache.tags()
    for (const tag of [
      cacheTags.slug('articles', main.slug),
      cacheTags.doc('authors', ana.id),
      cacheTags.doc('authors', ben.id),
      cacheTags.doc('disclaimers', own.id),
      cacheTags.doc('articles', pick.id),
      cacheTags.doc('articles', draft.id),
      cacheTags.list('articles'),
      cacheTags.site,
    ]) {
      expect(tags).toContain(tag)
    }
  })

  it('falls back to the site default disclaimer and call to action', async () => {
    const { payload } = cms
    const author = await createAuthor(payload, 'Cy Park')
    const fallback = await createDisclaimer(payload, 'Site default')
    await payload.updateGlobal({
      slug: 'site',
      data: {
        defaultDisclaimer: fallback.id,
        callToAction: { heading: 'Want to connect and learn more?', text: 'Join us' },
      },
      context: quiet,
    })
    const article = await createArticle(payload, {
      title: 'Plain',
      authors: [author.id],
      publishedAt: new Date().toISOString(),
    })
    const page = await getArticlePage(article.slug, { payload, cached: recordingCache().cached })
    expect(page?.disclaimer?.title).toBe('Site default')
    expect(page?.callToAction).toMatchObject({
      heading: 'Want to connect and learn more?',
      text: 'Join us',
    })
  })

  it('returns nothing for drafts, unknown and malformed slugs', async () => {
    const { payload } = cms
    const author = await createAuthor(payload, 'Dee Lin')
    const draft = await createArticle(payload, {
      title: 'Not yet',
      authors: [author.id],
      status: 'draft',
    })
    const deps = { payload, cached: recordingCache().cached }
    expect(await getArticlePage(draft.slug, deps)).toBeNull()
    expect(await getArticlePage('no-such-article', deps)).toBeNull()
    expect(await getArticlePage('../../etc/passwd', deps)).toBeNull()
    expect(await getArticlePage("x' OR 1=1 --", deps)).toBeNull()
  })
})
