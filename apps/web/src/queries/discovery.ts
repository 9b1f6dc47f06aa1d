import { cacheTags } from '@groundwork/cms'
import type { Author } from '@groundwork/cms/payload-types'
import { planSitemaps, type SitemapPage } from '@groundwork/ui'
import type { QueryDeps } from './cache'

/**
 * Reads for the feed and the sitemaps. Lists are tagged `<collection>:list`, which every publish,
 * edit or delete in that collection expires; `overrideAccess: false` keeps drafts out. Sitemap
 * reads go 1000 rows at a time, each its own small cache entry, so any site size stays cheap.
 */
export const FEED_SIZE = 50
export const SITEMAP_PAGE_SIZE = 1000

export type FeedArticle = {
  title: string
  slug: string
  excerpt: string | null
  publishedAt: string
  updatedAt: string
  authorName: string | null
}

const firstName = (authors: (number | Pick<Author, 'name'>)[] | null | undefined) => {
  const first = authors?.[0]
  return first && typeof first === 'object' ? first.name : null
}

/** The newest published articles with their first author's name (an author rename shows). */
export const getFeedArticles = ({ payload, cached }: QueryDeps, limit = FEED_SIZE) =>
  cached(
    ['feed-articles', String(limit)],
    [cacheTags.list('articles'), cacheTags.list('authors')],
    async (): Promise<FeedArticle[]> => {
      const { docs } = await payload.find({
        collection: 'articles',
        where: { publishedAt: { exists: true } },
        select: {
          title: true,
          slug: true,
          excerpt: true,
          publishedAt: true,
          updatedAt: true,
          authors: true,
        },
        populate: { authors: { name: true } },
        sort: '-publishedAt',
        depth: 1,
        limit,
        pagination: false,
        overrideAccess: false,
      })
      return docs.flatMap((doc) =>
        doc.publishedAt
          ? {
              title: doc.title,
              slug: doc.slug,
              excerpt: doc.excerpt ?? null,
              publishedAt: doc.publishedAt,
              updatedAt: doc.updatedAt,
              authorName: firstName(doc.authors),
            }
          : [],
      )
    },
  )

/** When any published article last changed: the home page's and the article list's lastmod. */
export const getLatestArticleUpdate = ({ payload, cached }: QueryDeps) =>
  cached(['latest-article-update'], [cacheTags.list('articles')], async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      select: { updatedAt: true },
      sort: '-updatedAt',
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs[0]?.updatedAt ?? null
  })

export type SitemapCollection = 'articles' | 'topics' | 'authors'
export type SitemapSource = 'pages' | SitemapCollection
export type SitemapEntry = { slug: string; updatedAt: string }

const listTag = (collection: SitemapCollection) =>
  collection === 'articles' ? cacheTags.list('articles') : cacheTags.list(collection)

const countDocs = ({ payload, cached }: QueryDeps, collection: SitemapCollection) =>
  cached(['sitemap-count', collection], [listTag(collection)], async () => {
    const { totalDocs } = await payload.count({ collection, overrideAccess: false })
    return totalDocs
  })

/** One page (1-based) of a collection's slugs, oldest id first so pages never shift on publish. */
export const getSitemapEntries = (
  { payload, cached }: QueryDeps,
  collection: SitemapCollection,
  page: number,
) =>
  cached(
    ['sitemap-entries', collection, String(page)],
    [listTag(collection)],
    async (): Promise<SitemapEntry[]> => {
      const { docs } = await payload.find({
        collection,
        select: { slug: true, updatedAt: true },
        sort: 'id',
        depth: 0,
        limit: SITEMAP_PAGE_SIZE,
        page,
        overrideAccess: false,
      })
      return docs.map((doc) => ({ slug: doc.slug, updatedAt: doc.updatedAt }))
    },
  )

/** Which pages of which source each sitemap holds; `pages` is the two fixed addresses. */
export const getSitemapPlan = async (deps: QueryDeps): Promise<SitemapPage<SitemapSource>[][]> => {
  const [topics, authors, articles] = await Promise.all([
    countDocs(deps, 'topics'),
    countDocs(deps, 'authors'),
    countDocs(deps, 'articles'),
  ])
  return planSitemaps<SitemapSource>(
    [
      { source: 'pages', count: 2 },
      { source: 'topics', count: topics },
      { source: 'authors', count: authors },
      { source: 'articles', count: articles },
    ],
    { pageSize: SITEMAP_PAGE_SIZE },
  )
}
