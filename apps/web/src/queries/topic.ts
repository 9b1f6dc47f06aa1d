import { cacheTags, slugSchema } from '@groundwork/cms'
import { type TopicPageModel, topicPageSchema } from '@groundwork/ui'
import { getCardPage } from './articleCards'
import type { QueryDeps } from './cache'

const findTopic = ({ payload, cached }: QueryDeps, slug: string) =>
  cached(['topic', slug], [cacheTags.slug('topics', slug)], async () => {
    const { docs } = await payload.find({
      collection: 'topics',
      where: { slug: { equals: slug } },
      select: { name: true, slug: true, description: true },
      depth: 0,
      limit: 1,
      pagination: false,
      overrideAccess: false,
    })
    return docs[0] ?? null
  })

/** A topic with its published articles; null for an unknown topic or a page past the last. */
export const getTopicPage = async (
  deps: QueryDeps,
  slug: string,
  page = 1,
): Promise<TopicPageModel | null> => {
  if (!slugSchema.safeParse(slug).success) return null
  const topic = await findTopic(deps, slug)
  if (!topic) return null
  const cardPage = await getCardPage(deps, { page, topic: topic.id })
  if (!cardPage) return null
  return topicPageSchema.parse({
    name: topic.name,
    slug: topic.slug,
    description: topic.description ?? null,
    articles: cardPage.cards,
    pagination: { page, totalPages: cardPage.totalPages, basePath: `/topics/${topic.slug}` },
  })
}
