import { describe, expect, it } from 'vitest'
import { useEditorialDesk } from '../support/editorialDesk'

/**
 * Renaming a published article keeps its old addresses working: every old slug redirects to
 * it, drafts and autosaves make none, and a slug that is live again stops redirecting.
 */
describe('editorial rules', () => {
  const desk = useEditorialDesk()
  const { draft, publish, live, reportsFor } = desk
  const articles = 'articles' as const

  describe('slug redirects', () => {
    /** The redirects pointing at an article: old slug -> article id. */
    const redirectsTo = async (id: number) => {
      const { docs } = await desk.cms.payload.find({
        collection: 'redirects',
        where: { article: { equals: id } },
        depth: 0,
        pagination: false,
      })
      return Object.fromEntries(docs.map((doc) => [doc.from, doc.article]))
    }
    const redirectFrom = async (slug: string) =>
      (await desk.cms.payload.count({ collection: 'redirects', where: { from: { equals: slug } } }))
        .totalDocs
    const rename = (id: number, slug: string) => publish(id, { slug })

    const publishedArticle = async () => {
      const article = await draft()
      await publish(article.id)
      desk.cms.changes.length = 0
      return article
    }

    /** A published article renamed twice: from `a` to `b`, then to `c`. */
    const renamedTwice = async () => {
      const { id, slug: a } = await publishedArticle()
      const [b, c] = [`${a}-b`, `${a}-c`]
      await rename(id, b)
      await rename(id, c)
      return { id, a, b, c }
    }

    it('keep every old slug of a published article pointing at it, and report each rename', async () => {
      const { id, a, b, c } = await renamedTwice()
      expect(await redirectsTo(id)).toEqual({ [a]: id, [b]: id })
      expect((await live(id)).slug).toBe(c)
      const reports = reportsFor(id)
      expect(reports).toHaveLength(2)
      expect(reports[0]).toMatchObject({ operation: 'update' })
      expect(reports[0]?.slugs).toEqual(expect.arrayContaining([a, b]))
      expect(reports[1]?.slugs).toEqual(expect.arrayContaining([b, c]))
    })

    it('are not stored for a draft that was never published', async () => {
      const article = await draft()
      const renamed = `${article.slug}-renamed`
      await desk.cms.payload.update({
        collection: articles,
        id: article.id,
        draft: true,
        data: { slug: renamed },
        overrideAccess: false,
        user: desk.editor.user,
      })
      await desk.cms.payload.update({
        collection: articles,
        id: article.id,
        data: { slug: `${renamed}-again` },
        overrideAccess: false,
        user: desk.editor.user,
      })
      expect(await redirectsTo(article.id)).toEqual({})
      expect(await redirectFrom(article.slug)).toBe(0)
      expect(await redirectFrom(renamed)).toBe(0)
    })

    it('stop for a slug that is live again', async () => {
      const { id, a, b, c } = await renamedTwice()
      await rename(id, a)
      expect((await live(id)).slug).toBe(a)
      expect(await redirectsTo(id)).toEqual({ [b]: id, [c]: id })
      expect(await redirectFrom(a)).toBe(0)
    })

    it('do not keep a renamed article from being deleted, and go with it', async () => {
      const { id, slug: a } = await publishedArticle()
      await rename(id, `${a}-b`)
      expect(await redirectsTo(id)).toEqual({ [a]: id })
      await desk.cms.payload.delete({
        collection: articles,
        id,
        overrideAccess: false,
        user: desk.editor.user,
      })
      expect(
        (await desk.cms.payload.count({ collection: articles, where: { id: { equals: id } } }))
          .totalDocs,
      ).toBe(0)
      expect(await redirectFrom(a)).toBe(0)
    })

    it('keep the old live slug when the new slug was autosaved as a draft before publishing', async () => {
      const { id, slug: a } = await publishedArticle()
      const b = `${a}-b`
      await desk.cms.payload.update({
        collection: articles,
        id,
        draft: true,
        autosave: true,
        data: { slug: b },
        overrideAccess: false,
        user: desk.editor.user,
      })
      // Readers still use the old address; nothing to redirect or report yet.
      expect((await live(id)).slug).toBe(a)
      expect(await redirectsTo(id)).toEqual({})
      expect(reportsFor(id)).toEqual([])

      await publish(id)
      expect((await live(id)).slug).toBe(b)
      expect(await redirectsTo(id)).toEqual({ [a]: id })
      const reports = reportsFor(id)
      expect(reports).toHaveLength(1)
      expect(reports[0]?.slugs).toEqual(expect.arrayContaining([a, b]))
    })
  })
})
