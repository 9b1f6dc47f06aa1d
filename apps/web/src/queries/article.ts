import {
  ALSO_BROWSED_FILL_READ,
  alsoBrowsedList,
  cacheTags,
  idOf as cmsIdOf,
  idsOf as cmsIdsOf,
  slugSchema,
} from '@groundwork/cms'
import type { Disclaimer } from '@groundwork/cms/payload-types'
import {
  type ArticlePageModel,
  articlePageSchema,
  chooseCallToAction,
  chooseDisclaimer,
} from '@groundwork/ui'
import { cache } from 'react'
import { getCardsById, getNewestCards } from './articleCards'
import { getAuthorsById, toAuthor } from './authors'
import { bodyImageIds, withBodyImages } from './bodyImages'
import type { QueryDeps } from './cache'
import { inAskedOrder } from './inAskedOrder'
import { imageSelect, toImage } from './media'
import { getSiteSettings } from './site'

/**
 * Every read the article page makes. Each piece is its own cache entry tagged with what it read:
 * an author's edit expires that author's entry and the pages using it, nothing else.
 */
const idOf = (value: unknown) => {
  const id = cmsIdOf(value)
  return typeof id === 'number' ? id : undefined
}
const idsOf = (values: unknown) =>
  cmsIdsOf(values).filter((id): id is number => typeof id === 'number')

const findArticle = ({ payload, cached, draft }: QueryDeps, slug: string) =>
  cached(['article', slug], [cacheTags.slug('articles', slug)], async () => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { slug: { equals: slug } },
      draft: Boolean(draft),
      user: draft?.user,
      select: {
        title: true,
        slug: true,
        excerpt: true,
        publishedAt: true,
        heroImage: true,
        contentUpdatedAt: true,
        body: true,
        authors: true,
        topics: true,
        disclaimer: true,
        callToAction: true,
        alsoBrowsed: true,
        medicalReviewer: true,
        lastReviewedAt: true,
        meta: true,
      },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs[0] ?? null
  })

/** In a preview, with the viewer's access: a draft's new image is not public until it goes live. */
const findImage = ({ payload, cached, draft }: QueryDeps, id: number) =>
  cached(['image', String(id)], [cacheTags.doc('media', id), cacheTags.anyMedia], async () =>
    toImage(
      await payload.findByID({
        collection: 'media',
        id,
        select: imageSelect,
        depth: 0,
        overrideAccess: false,
        user: draft?.user,
        disableErrors: true,
      }),
    ),
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

const findTopics = ({ payload, cached }: QueryDeps, ids: number[]) =>
  cached(
    ['topic-links', ...ids.map(String)],
    ids.map((id) => cacheTags.doc('topics', id)),
    async () => {
      const { docs } = await payload.find({
        collection: 'topics',
        where: { id: { in: ids } },
        select: { name: true, slug: true },
        depth: 0,
        pagination: false,
        overrideAccess: false,
      })
      return inAskedOrder(ids, docs, (doc) => ({ name: doc.name, slug: doc.slug }))
    },
  )

export const getArticlePage = cache(
  async (deps: QueryDeps, slug: string): Promise<ArticlePageModel | null> => {
    if (!slugSchema.safeParse(slug).success) return null
    const article = await findArticle(deps, slug)
    // A draft that was never published has no date yet: a preview shows it as if published now.
    const publishedAt = article?.publishedAt ?? (deps.draft ? new Date().toISOString() : null)
    if (!article || !publishedAt) return null
    const picks = idsOf(article.alsoBrowsed)
    const topics = idsOf(article.topics)
    const authorIds = idsOf(article.authors)
    const reviewerId = idOf(article.medicalReviewer)
    const [site, people, topicLinks, pickedCards, sameTopics] = await Promise.all([
      getSiteSettings(deps),
      getAuthorsById(deps, [...new Set(reviewerId ? [...authorIds, reviewerId] : authorIds)]),
      topics.length === 0 ? [] : findTopics(deps, topics),
      getCardsById(deps, picks),
      topics.length === 0
        ? []
        : // Not excluding this article and its picks in SQL (alsoBrowsedList does) makes this
          // one cache entry per topic set, shared by every article in those topics: an
          // article's first render then reads only what is its own.
          getNewestCards(deps, { limit: ALSO_BROWSED_FILL_READ, topics }),
    ])
    const disclaimerId = chooseDisclaimer(idOf(article.disclaimer), idOf(site.defaultDisclaimer))
    const heroId = idOf(article.heroImage)
    const metaImageId = idOf(article.meta?.image)
    const bodyImages = bodyImageIds(article.body)
    const [disclaimer, heroImage, metaImage, ...inBody] = await Promise.all([
      disclaimerId ? findDisclaimer(deps, disclaimerId) : null,
      heroId ? findImage(deps, heroId) : null,
      metaImageId && metaImageId !== heroId ? findImage(deps, metaImageId) : null,
      ...bodyImages.map((id) => findImage(deps, id)),
    ])
    const authors = people.filter((person) => authorIds.includes(person.id))
    const reviewer = people.find((person) => person.id === reviewerId)
    const model = {
      title: article.title,
      slug: article.slug,
      excerpt: article.excerpt ?? null,
      publishedAt,
      updatedAt: article.contentUpdatedAt ?? null,
      heroImage,
      body: withBodyImages(
        article.body,
        new Map(bodyImages.map((id, i) => [id, inBody[i] ?? null])),
      ),
      authors: authors.map(toAuthor),
      topics: topicLinks,
      callToAction: chooseCallToAction(article.callToAction, site.callToAction),
      alsoBrowsed: alsoBrowsedList(article.slug, pickedCards, sameTopics),
      disclaimer: disclaimer ? { title: disclaimer.title, body: disclaimer.body } : null,
      medicalReview:
        reviewer?.credentials && article.lastReviewedAt
          ? {
              reviewer: {
                name: reviewer.name,
                slug: reviewer.slug,
                credentials: reviewer.credentials,
              },
              reviewedAt: article.lastReviewedAt,
            }
          : null,
      meta: {
        title: article.meta?.title || article.title,
        description: article.meta?.description || article.excerpt || null,
        image: metaImage ?? heroImage,
      },
    }
    try {
      return articlePageSchema.parse(model)
    } catch (error) {
      // One malformed document (stored before the input guard, say) must not answer 500: readers
      // get a 404, the log says why.
      deps.payload.logger.error({ slug, err: error }, 'article cannot be shown')
      return null
    }
  },
)
