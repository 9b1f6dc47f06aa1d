import type { Payload } from 'payload'
import * as content from './content'
import { paragraphs, richText } from './lexical'
import { seedArticleSchema, seedAuthorSchema, seedDisclaimerSchema, seedTopicSchema } from './types'

/** The demo content itself: what tests expect the seeded site to show. */
export * as demoContent from './content'
export { element as lexicalElement, paragraphs, richText, text as lexicalText } from './lexical'
export type { Block } from './types'

/** Seeds and scripts run outside a web request: nothing to revalidate, and it would throw. */
const context = { disableRevalidate: true }

/** Seed only a site nobody has started using: no accounts, no authors, no articles. */
export const isEmptySite = async (payload: Payload): Promise<boolean> => {
  const counts = await Promise.all(
    (['users', 'authors', 'articles'] as const).map((collection) =>
      payload.count({ collection, overrideAccess: true }),
    ),
  )
  return counts.every(({ totalDocs }) => totalDocs === 0)
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString()

export type SeedResult = { articles: number; authors: number; topics: number; disclaimers: number }

export const seedDemoContent = async (payload: Payload): Promise<SeedResult> => {
  const ids = { topics: new Map<string, number>(), authors: new Map(), disclaimers: new Map() }
  const idOf = (map: Map<string, number>, key: string) => {
    const id = map.get(key)
    if (id === undefined) throw new Error(`Seed content names unknown key "${key}"`)
    return id
  }

  for (const topic of content.topics.map((t) => seedTopicSchema.parse(t))) {
    const doc = await payload.create({
      collection: 'topics',
      data: {
        name: topic.name,
        slug: topic.key,
        description: topic.description,
        clinical: topic.clinical,
      },
      context,
    })
    ids.topics.set(topic.key, doc.id)
  }
  for (const author of content.authors.map((a) => seedAuthorSchema.parse(a))) {
    const doc = await payload.create({
      collection: 'authors',
      data: {
        name: author.name,
        slug: author.key,
        jobTitle: author.jobTitle,
        credentials: author.credentials,
        bio: paragraphs(author.bio),
      },
      context,
    })
    ids.authors.set(author.key, doc.id)
  }
  let defaultDisclaimer: number | undefined
  for (const disclaimer of content.disclaimers.map((d) => seedDisclaimerSchema.parse(d))) {
    const doc = await payload.create({
      collection: 'disclaimers',
      data: {
        title: disclaimer.title,
        kind: disclaimer.kind,
        body: paragraphs(disclaimer.paragraphs),
      },
      context,
    })
    ids.disclaimers.set(disclaimer.key, doc.id)
    if (disclaimer.isDefault) defaultDisclaimer = doc.id
  }

  const articles = content.articles.map((a) => seedArticleSchema.parse(a))
  const articleIds = new Map<string, number>()
  for (const article of articles) {
    const doc = await payload.create({
      collection: 'articles',
      draft: article.status === 'draft',
      data: {
        title: article.title,
        slug: article.key,
        excerpt: article.excerpt,
        body: richText(article.body),
        authors: article.authors.map((key) => idOf(ids.authors, key)),
        topics: article.topics.map((key) => idOf(ids.topics, key)),
        disclaimer: article.disclaimer ? idOf(ids.disclaimers, article.disclaimer) : undefined,
        publishedAt: article.status === 'published' ? daysAgo(article.publishedDaysAgo) : undefined,
        medicalReviewer: article.review ? idOf(ids.authors, article.review.by) : undefined,
        lastReviewedAt: article.review ? daysAgo(article.review.daysAgo) : undefined,
        _status: article.status,
      },
      context,
    })
    articleIds.set(article.key, doc.id)
  }
  // Picks name other articles, so they are set once every article exists.
  for (const article of articles.filter((a) => a.alsoBrowsed.length > 0)) {
    await payload.update({
      collection: 'articles',
      id: idOf(articleIds, article.key),
      data: { alsoBrowsed: article.alsoBrowsed.map((key) => idOf(articleIds, key)) },
      context,
    })
  }

  await payload.updateGlobal({
    slug: 'site',
    data: {
      name: 'Groundwork',
      description:
        'Clear, clinically reviewed articles about addiction and recovery: cravings, relapse, sleep, treatment and talking with family.',
      callToAction: {
        heading: 'Want to connect and learn more?',
        text: 'Join the Groundwork community for more free advice and resources.',
        linkLabel: 'Join the community',
        linkUrl: '/',
      },
      cookieNotice: {
        text: 'This site uses cookies to improve your experience. By using this site, you consent to our use of cookies.',
        policyLabel: 'Cookie policy',
        policyUrl: '/',
      },
      defaultDisclaimer,
    },
    context,
  })

  return {
    articles: articles.length,
    authors: ids.authors.size,
    topics: ids.topics.size,
    disclaimers: ids.disclaimers.size,
  }
}
