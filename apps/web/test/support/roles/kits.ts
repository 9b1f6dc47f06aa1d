import { randomUUID } from 'node:crypto'
import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'
import { body, quiet } from '../content'
import type { CollectionTarget } from '../roleMatrix'
import type { Json } from '../routes'
import { uniqueSlug } from '../testPayload'
import type { Id, Identity, Upload } from './call'
import { type Identities, PASSWORD } from './identities'

/**
 * Fixtures: one kit per collection of the table (the type makes a missing kit a compile error).
 */

/**
 * `self`: the caller whose own document is wanted (an article it created, its own account);
 * without it, a document of someone else. `published`: for versioned collections.
 */
export type FixtureSpec = { self?: Identity; published?: boolean }

export type Kit = {
  /** Drafts and publishing apply. */
  versioned?: boolean
  /** Has documents that belong to a caller (the `'own'` rule). */
  ownable?: boolean
  /** Creating needs a file, which GraphQL cannot carry. */
  upload?: boolean
  /** A fresh document, written with access control off. */
  fixture: (spec: FixtureSpec) => Promise<Id>
  /** What a caller sends to create one. */
  createData: () => { data: Json; upload?: Upload }
  /** What a caller sends to change `before` (the stored document). */
  updateData: (before: Json) => Json
}

export type Shared = {
  authors: [Id, Id]
  /** A published article (redirects point at it). */
  article: Id
  webhook: Id
  png: Buffer
}

let serial = 0
const next = () => ++serial

export const createShared = async (payload: Payload, ids: Identities): Promise<Shared> => {
  const author = (name: string) =>
    payload.create({
      collection: 'authors',
      data: { name, slug: uniqueSlug('author') },
      context: quiet,
    })
  const authors: [Id, Id] = [(await author('Rui Matrix')).id, (await author('Ada Matrix')).id]
  const article = await payload.create({
    collection: 'articles',
    data: articleData(authors[0], 'published'),
    user: ids.editor.user,
    context: quiet,
  })
  const webhook = await payload.create({
    collection: 'webhooks',
    // Inactive: the matrix's changes must not queue deliveries.
    data: {
      url: 'https://example.test/hook',
      events: ['publish'],
      secret: randomUUID(),
      active: false,
    },
    context: quiet,
  })
  const png = await sharp({
    create: { width: 4, height: 4, channels: 3, background: '#3a7' },
  })
    .png()
    .toBuffer()
  return { authors, article: article.id, webhook: webhook.id, png }
}

const articleData = (author: Id, status: 'draft' | 'published') => ({
  title: `Matrix article ${next()}`,
  slug: uniqueSlug('matrix'),
  body: body({ p: 'Role matrix.' }),
  authors: [author],
  _status: status,
})

export const buildKits = (
  payload: Payload,
  ids: Identities,
  shared: Shared,
): Record<CollectionTarget, Kit> => {
  const create = async (collection: CollectionSlug, data: Json, extra: Json = {}) =>
    (await payload.create({ collection, data: data as never, context: quiet, ...extra })).id as Id
  const upload = (): Upload => ({
    data: shared.png,
    mimetype: 'image/png',
    name: `matrix-${next()}.png`,
    size: shared.png.length,
  })
  const simple = (
    collection: CollectionSlug,
    data: () => Json,
    updateData: (before: Json) => Json,
  ): Kit => ({
    fixture: () => create(collection, data()),
    createData: () => ({ data: data() }),
    updateData,
  })
  const deliveryData = () => ({
    webhook: shared.webhook,
    event: 'articles.publish',
    deliveryId: randomUUID(),
  })

  return {
    articles: {
      versioned: true,
      ownable: true,
      fixture: ({ self, published }) =>
        create('articles', articleData(shared.authors[0], published ? 'published' : 'draft'), {
          // `createdBy` is stamped from the creating user.
          user: (self ?? ids.otherContributor).user,
        }),
      createData: () => ({ data: articleData(shared.authors[0], 'draft') }),
      updateData: () => ({ title: `Changed article ${next()}` }),
    },
    authors: simple(
      'authors',
      () => ({ name: `Matrix author ${next()}`, slug: uniqueSlug('matrix-author') }),
      () => ({ jobTitle: `Changed ${next()}` }),
    ),
    topics: simple(
      'topics',
      () => ({ name: `Matrix topic ${next()}`, slug: uniqueSlug('matrix-topic') }),
      () => ({ description: `Changed ${next()}` }),
    ),
    disclaimers: simple(
      'disclaimers',
      () => ({ title: `Matrix disclaimer ${next()}`, kind: 'general', body: body({ p: 'Text.' }) }),
      () => ({ title: `Changed disclaimer ${next()}` }),
    ),
    redirects: simple(
      'redirects',
      () => ({ from: uniqueSlug('old'), article: shared.article }),
      () => ({ from: uniqueSlug('moved') }),
    ),
    media: {
      upload: true,
      fixture: async ({ published }) => {
        const id = await create('media', { alt: `Matrix image ${next()}` }, { file: upload() })
        // A published article showing it is what makes an upload public.
        if (published)
          await create('articles', {
            ...articleData(shared.authors[0], 'published'),
            heroImage: id,
          })
        return id
      },
      createData: () => ({ data: { alt: `Matrix image ${next()}` }, upload: upload() }),
      updateData: () => ({ alt: `Changed alt ${next()}` }),
    },
    users: {
      ownable: true,
      fixture: async ({ self }) =>
        self?.user
          ? self.user.id
          : // Straight to the database: an account nobody signs in to needs no password hash,
            // which is most of the cost of creating one.
            ((
              await payload.db.create({
                collection: 'users',
                data: { email: `fixture-${randomUUID()}@example.test`, role: 'contributor' },
              })
            ).id as Id),
      createData: () => ({
        data: {
          email: `created-${randomUUID()}@example.test`,
          password: PASSWORD,
          // Only admins may set a role: stored as sent proves they can.
          role: 'editor',
        },
      }),
      // The profile link is the one field every account may change on itself.
      updateData: (before) => ({
        author: before.author === shared.authors[0] ? shared.authors[1] : shared.authors[0],
      }),
    },
    webhooks: simple(
      'webhooks',
      () => ({
        url: `https://example.test/hook/${next()}`,
        events: ['publish'],
        // Defaulted, yet required in GraphQL's input type.
        secret: randomUUID(),
        active: false,
      }),
      () => ({ url: `https://example.test/changed/${next()}` }),
    ),
    'webhook-deliveries': simple('webhook-deliveries', deliveryData, () => ({
      error: `changed ${next()}`,
    })),
  }
}
