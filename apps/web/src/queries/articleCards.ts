import { cacheTags } from '@groundwork/cms'
import type { Article } from '@groundwork/cms/payload-types'
import { type ArticleCard, articleCardSchema } from '@groundwork/ui'
import type { Where } from 'payload'
import type { QueryDeps } from './cache'
import { inAskedOrder } from './inAskedOrder'

/** The few fields a link to an article needs (home list, also browsed). */
export const cardSelect = { title: true, slug: true, excerpt: true, publishedAt: true } as const

export const toCard = (
  doc: Pick<Article, 'title' | 'slug' | 'excerpt' | 'publishedAt'>,
): ArticleCard =>
  articleCardSchema.parse({
    title: doc.title,
    slug: doc.slug,
    excerpt: doc.excerpt ?? null,
    publishedAt: doc.publishedAt ?? null,
  })

/** Published articles by id, in the order asked for; unpublished or missing ones drop out. */
export const getCardsById = ({ payload, cached }: QueryDeps, ids: number[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : cached(
        ['article-cards', ...ids.map(String)],
        ids.map((id) => cacheTags.doc('articles', id)),
        async () => {
          const { docs } = await payload.find({
            collection: 'articles',
            where: { id: { in: ids } },
            select: cardSelect,
            depth: 0,
            pagination: false,
            overrideAccess: false,
          })
          return inAskedOrder(ids, docs, toCard)
        },
      )

/** The newest published articles, optionally only those in some topics. */
export const getNewestCards = (
  { payload, cached }: QueryDeps,
  { limit, topics = [] }: { limit: number; topics?: number[] },
) =>
  cached(
    ['newest-cards', String(limit), `topics:${topics.join(',')}`],
    [cacheTags.list('articles')],
    async () => {
      const where: Where[] = []
      if (topics.length > 0) where.push({ topics: { in: topics } })
      const { docs } = await payload.find({
        collection: 'articles',
        where: { and: where },
        select: cardSelect,
        sort: '-publishedAt',
        depth: 0,
        limit,
        pagination: false,
        overrideAccess: false,
      })
      return docs.map(toCard)
    },
  )

export const ARTICLES_PER_PAGE = 10

/**
 * One page of published articles, newest first, in a topic or by an author when asked; null past
 * the last page (page 1 always exists), which is not kept (`Cached`).
 */
export const getCardPage = (
  { payload, cached }: QueryDeps,
  { page, topic, author }: { page: number; topic?: number; author?: number },
) =>
  cached(
    ['card-page', String(page), `topic:${topic ?? ''}`, `author:${author ?? ''}`],
    [cacheTags.list('articles')],
    async () => {
      const where: Where[] = []
      if (topic !== undefined) where.push({ topics: { in: [topic] } })
      if (author !== undefined) where.push({ authors: { in: [author] } })
      const result = await payload.find({
        collection: 'articles',
        where: { and: where },
        select: cardSelect,
        sort: '-publishedAt',
        depth: 0,
        page,
        limit: ARTICLES_PER_PAGE,
        overrideAccess: false,
      })
      if (page > Math.max(result.totalPages, 1)) return null
      return { cards: result.docs.map(toCard), totalPages: result.totalPages }
    },
  )
