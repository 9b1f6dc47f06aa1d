import { type Block, richText } from '@groundwork/cms/seed'
import type { Payload } from 'payload'
import { uniqueSlug } from './testPayload'

/** Small builders for test content; every document gets a unique slug. */
export const body = (...blocks: Block[]) => richText(blocks)

/** Rendering and revalidation are not under test here: skip the app's cache hook. */
export const quiet = { disableRevalidate: true }

export const createAuthor = (payload: Payload, name: string, extra: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'authors',
    data: {
      name,
      slug: uniqueSlug('author'),
      jobTitle: 'Content strategist',
      bio: body({ p: `${name} writes.` }),
      ...extra,
    },
    context: quiet,
  })

export const createTopic = (payload: Payload, name: string) =>
  payload.create({
    collection: 'topics',
    data: { name, slug: uniqueSlug('topic') },
    context: quiet,
  })

export const createDisclaimer = (payload: Payload, title: string) =>
  payload.create({
    collection: 'disclaimers',
    data: { title, kind: 'medical', body: body({ p: `${title} text.` }) },
    context: quiet,
  })

type ArticleInput = {
  title: string
  authors: number[]
  topics?: number[]
  disclaimer?: number
  alsoBrowsed?: number[]
  status?: 'draft' | 'published'
  publishedAt?: string
}

export const createArticle = (
  payload: Payload,
  input: ArticleInput,
  context: Record<string, unknown> = quiet,
) =>
  payload.create({
    collection: 'articles',
    draft: input.status === 'draft',
    data: {
      title: input.title,
      slug: uniqueSlug('article'),
      body: body({ p: 'Intro.' }, { h2: 'First' }, { p: 'One.' }, { h2: 'Second' }, { p: 'Two.' }),
      authors: input.authors,
      topics: input.topics,
      disclaimer: input.disclaimer,
      alsoBrowsed: input.alsoBrowsed,
      publishedAt: input.publishedAt,
      _status: input.status ?? 'published',
    },
    context,
  })
