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
import { recordStatements } from '../support/statementCounter'
import { startTestCms, type TestCms } from '../support/testPayload'

/** Issue #6: one article render makes at most this many SQL statements (the peer makes 10). */
const STATEMENTS_PER_RENDER = 3

/** Next's data cache in miniature: an entry read once is served from memory after. */
const memoryCache = (): Cached => {
  const entries = new Map<string, Promise<unknown>>()
  return (key, _tags, read) => {
    const id = JSON.stringify(key)
    if (!entries.has(id)) entries.set(id, read())
    return entries.get(id) as ReturnType<typeof read>
  }
}

describe('SQL statements of one article render', () => {
  let cms: TestCms
  const slugs: string[] = []
  beforeAll(async () => {
    cms = await startTestCms()
    const { payload } = cms
    const authors = [
      (await createAuthor(payload, 'Ana Reyes')).id,
      (await createAuthor(payload, 'Ben Ortiz')).id,
    ]
    const topic = await createTopic(payload, 'Treatment')
    const disclaimer = await createDisclaimer(payload, 'Medical disclaimer')
    const png = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#888' } })
      .png()
      .toBuffer()
    // Two articles as editors make them: shared authors, topic and disclaimer; their own hero
    // image and their own editorial picks.
    for (const title of ['First', 'Second']) {
      const hero = await payload.create({
        collection: 'media',
        data: { alt: `${title} hero` },
        file: { data: png, mimetype: 'image/png', name: `${title}.png`, size: png.length },
        context: quiet,
      })
      const picks = [
        (await createArticle(payload, { title: `${title} pick 1`, authors })).id,
        (await createArticle(payload, { title: `${title} pick 2`, authors })).id,
      ]
      const article = await createArticle(payload, {
        title,
        authors,
        topics: [topic.id],
        disclaimer: disclaimer.id,
        alsoBrowsed: picks,
      })
      await payload.update({
        collection: 'articles',
        id: article.id,
        data: { heroImage: hero.id },
        context: quiet,
      })
      slugs.push(article.slug as string)
    }
  })
  afterAll(() => cms.payload.destroy())

  // An article's first render on a running site: what articles share (site settings, authors,
  // topic, disclaimer, the topic's newest) is already cached by earlier pages; only what is the
  // article's own is read. Counted at the driver, so every query of every layer is in it.
  it(`reads at most ${STATEMENTS_PER_RENDER} statements for what is its own`, async () => {
    const deps = { payload: cms.payload, cached: memoryCache() }
    expect((await getArticlePage(deps, slugs[0] as string))?.title).toBe('First')
    const { result, statements } = await recordStatements(() =>
      getArticlePage(deps, slugs[1] as string),
    )
    expect(result?.title).toBe('Second')
    expect(result?.heroImage?.alt).toBe('Second hero')
    expect(result?.alsoBrowsed.map((card) => card.title).slice(0, 2)).toEqual([
      'Second pick 1',
      'Second pick 2',
    ])
    expect(statements.length, statements.join('\n\n')).toBeLessThanOrEqual(STATEMENTS_PER_RENDER)
  })
})
