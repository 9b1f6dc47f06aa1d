import { cacheTags, slugSchema } from '@groundwork/cms'
import type { Author, Disclaimer, Media } from '@groundwork/cms/payload-types'
import {
  ALSO_BROWSED_MIN,
  type ArticlePageModel,
  alsoBrowsedList,
  articlePageSchema,
  chooseCallToAction,
  chooseDisclaimer,
} from '@groundwork/ui'
import { cache } from 'react'
import { getCardsById, getNewestCards } from './articleCards'
import type { QueryDeps } from './cache'
import { getSiteSettings } from './site'

/**
 * Every read the article page makes. Each piece is its own cache entry tagged with what it read:
 * an author's edit expires that author's entry and the pages using it, nothing else.
 */
const idsOf = (values: (number | { id: number })[] | null | undefined) =>
  (values ?? []).map((value) => (typeof value === 'number' ? value : value.id))

const findArticle = ({ payload, cached }: QueryDeps, slug: string) =>
  cached(['article', slug], [cacheTags.articleSlug(slug)], async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      select: {
        title: true,
        slug: true,
        excerpt: true,
        publishedAt: true,
        body: true,
        authors: true,
        topics: true,
        disclaimer: true,
        callToAction: true,
        alsoBrowsed: true,
      },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs[0] ?? null
  })

const imageOf = (photo: number | Media | null | undefined) =>
  photo && typeof photo === 'object' && photo.url
    ? { url: photo.url, alt: photo.alt, width: photo.width ?? null, height: photo.height ?? null }
    : null

const findAuthors = ({ payload, cached }: QueryDeps, ids: number[]) =>
  cached(
    ['authors', ...ids.map(String)],
    [...ids.map((id) => cacheTags.doc('authors', id)), cacheTags.anyMedia],
    async () => {
      const { docs } = await payload.find({
        collection: 'authors',
        where: { id: { in: ids } },
        select: {
          name: true,
          slug: true,
          jobTitle: true,
          credentials: true,
          bio: true,
          photo: true,
        },
        populate: { media: { url: true, alt: true, width: true, height: true } },
        depth: 1,
        pagination: false,
        overrideAccess: false,
      })
      const byId = new Map(docs.map((doc) => [doc.id, doc]))
      return ids.flatMap((id) => byId.get(id) ?? [])
    },
  )

const findDisclaimer = ({ payload, cached }: QueryDeps, id: number) =>
  cached(['disclaimer', String(id)], [cacheTags.doc('disclaimers', id)], () =>
    payload
      .findByID({
        collection: 'disclaimers',
        id,
        select: { title: true, body: true },
        depth: 0,
        overrideAccess: false,
        disableErrors: true,
      })
      .then((doc): Pick<Disclaimer, 'title' | 'body'> | null => doc),
  )

const toAuthor = (
  author: Pick<Author, 'name' | 'slug' | 'jobTitle' | 'credentials' | 'bio' | 'photo'>,
) => ({
  name: author.name,
  slug: author.slug,
  jobTitle: author.jobTitle ?? null,
  credentials: author.credentials ?? null,
  bio: author.bio ?? null,
  photo: imageOf(author.photo),
})

export const getArticlePage = cache(
  async (slug: string, deps: QueryDeps): Promise<ArticlePageModel | null> => {
    if (!slugSchema.safeParse(slug).success) return null
    const article = await findArticle(deps, slug)
    if (!article?.publishedAt) return null
    const picks = idsOf(article.alsoBrowsed)
    const topics = idsOf(article.topics)
    const [site, authors, pickedCards, sameTopics] = await Promise.all([
      getSiteSettings(deps),
      findAuthors(deps, idsOf(article.authors)),
      getCardsById(deps, picks),
      topics.length === 0
        ? []
        : getNewestCards(deps, {
            limit: ALSO_BROWSED_MIN,
            topics,
            exclude: [article.id, ...picks],
          }),
    ])
    const disclaimerId = chooseDisclaimer(
      idsOf(article.disclaimer ? [article.disclaimer] : [])[0],
      idsOf(site.defaultDisclaimer ? [site.defaultDisclaimer] : [])[0],
    )
    const disclaimer = disclaimerId ? await findDisclaimer(deps, disclaimerId) : null
    return articlePageSchema.parse({
      title: article.title,
      slug: article.slug,
      excerpt: article.excerpt ?? null,
      publishedAt: article.publishedAt,
      body: article.body,
      authors: authors.map(toAuthor),
      callToAction: chooseCallToAction(article.callToAction, site.callToAction),
      alsoBrowsed: alsoBrowsedList(article.slug, pickedCards, sameTopics),
      disclaimer: disclaimer ? { title: disclaimer.title, body: disclaimer.body } : null,
    })
  },
)
