import { cacheTags } from '@groundwork/cms'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getArticlePage } from '@/queries/article'
import type { Cached } from '@/queries/cache'
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
    const page = await getArticlePage({ payload, cached: cache.cached }, main.slug)

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
    const page = await getArticlePage({ payload, cached: recordingCache().cached }, article.slug)
    expect(page?.disclaimer?.title).toBe('Site default')
    expect(page?.callToAction).toMatchObject({
      heading: 'Want to connect and learn more?',
      text: 'Join us',
    })
  })

  it('shows images in the body with their address and text, tagged with the media read', async () => {
    const png = await sharp({
      create: { width: 4, height: 3, channels: 3, background: '#888' },
    })
      .png()
      .toBuffer()
    const media = await cms.payload.create({
      collection: 'media',
      data: { alt: 'Chairs in a circle' },
      file: { data: png, mimetype: 'image/png', name: 'circle.png', size: png.length },
      context: quiet,
    })
    const author = await createAuthor(cms.payload, 'Ines Body')
    const article = await createArticle(cms.payload, {
      title: 'With a picture',
      authors: [author.id],
    })
    const upload = {
      type: 'upload',
      relationTo: 'media',
      value: media.id,
      fields: null,
      version: 3,
    }
    const { root } = article.body
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { body: { root: { ...root, children: [...root.children, upload] } } },
      context: quiet,
    })
    const cache = recordingCache()
    const page = await getArticlePage({ payload: cms.payload, cached: cache.cached }, article.slug)
    const images = JSON.stringify(page?.body).match(/"value":\{[^}]*\}/g) ?? []
    expect(images).toHaveLength(1)
    expect(images[0]).toContain('"alt":"Chairs in a circle"')
    expect(images[0]).toMatch(/"url":"\/api\/media\/file\/circle[^"]*\.png"/)
    expect(cache.tags()).toContain(cacheTags.doc('media', media.id))
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
    expect(await getArticlePage(deps, draft.slug)).toBeNull()
    expect(await getArticlePage(deps, 'no-such-article')).toBeNull()
    expect(await getArticlePage(deps, '../../etc/passwd')).toBeNull()
    expect(await getArticlePage(deps, "x' OR 1=1 --")).toBeNull()
  })
})
