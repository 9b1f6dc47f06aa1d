import { cacheTags, idOf, slugSchema } from '@groundwork/cms'
import type { QueryDeps } from './cache'

const findCurrentSlug = ({ payload, cached }: QueryDeps, id: number | string) =>
  cached(['article-slug', String(id)], [cacheTags.doc('articles', id)], async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { equals: id } },
      select: { slug: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs[0]?.slug ?? null
  })

/**
 * Where an old article address leads now: the article's current slug, or null when there is no
 * redirect or the article is gone or unpublished. The answer is tagged with the old slug and the
 * article, so any later rename, unpublish or delete refreshes it.
 */
export const getRedirectTarget = async (deps: QueryDeps, slug: string): Promise<string | null> => {
  if (!slugSchema.safeParse(slug).success) return null
  const articleId = await deps.cached(
    ['redirect', slug],
    [cacheTags.slug('articles', slug)],
    async () => {
      const { docs } = await deps.payload.find({
        collection: 'redirects',
        where: { from: { equals: slug } },
        select: { article: true },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: false,
      })
      return idOf(docs[0]?.article) ?? null
    },
  )
  if (articleId === null) return null
  const target = await findCurrentSlug(deps, articleId)
  return target && target !== slug ? target : null
}
