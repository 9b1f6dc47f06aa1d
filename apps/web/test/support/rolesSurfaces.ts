import { randomUUID } from 'node:crypto'
import { type CollectionSlug, formatNames, type GlobalSlug, type Payload } from 'payload'
import sharp from 'sharp'
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@/http/routes'
import { body, quiet } from './content'
import type { Caller, CollectionTarget } from './roleMatrix'
import { type Json, restCall } from './routes'
import { type TestCms, uniqueSlug } from './testPayload'

/**
 * One call, made the same way over each surface the app exposes: the REST and GraphQL route
 * handlers (with the caller's credentials in headers) and the Local API with access control on.
 * Every answer is reduced to an HTTP-like status, so a rule is checked alike on all three.
 */
export const surfaces = ['rest', 'graphql', 'local'] as const
export type Surface = (typeof surfaces)[number]

export type Id = number
export type Upload = { data: Buffer; mimetype: string; name: string; size: number }

export type Identity = {
  caller: Caller
  /** The account as the Local API wants it; absent for anonymous callers. */
  user?: Json & { id: Id; email: string; collection: 'users' }
  /** What REST and GraphQL requests carry: `JWT <token>` for staff, `users API-Key <key>` for api. */
  headers: Record<string, string>
}

export type Call =
  | { op: 'create'; collection: CollectionSlug; data: Json; upload?: Upload }
  | { op: 'read'; collection: CollectionSlug; id: Id; draft?: boolean }
  | { op: 'update'; collection: CollectionSlug; id: Id; data: Json; draft?: boolean }
  | { op: 'delete'; collection: CollectionSlug; id: Id }
  | { op: 'readGlobal'; global: GlobalSlug }
  | { op: 'updateGlobal'; global: GlobalSlug; data: Json }

/** `status`: the HTTP status, GraphQL's `extensions.statusCode`, or the Local API error's status. */
export type Outcome = { status: number; id?: Id; message?: string; name?: string }

type GraphqlResult = {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

/** The app's GraphQL route with headers and variables (`graphqlCall` sends a bare query). */
export const graphqlAs = async (
  cms: TestCms,
  query: string,
  { headers = {}, variables }: { headers?: Record<string, string>; variables?: Json } = {},
): Promise<GraphqlResult> => {
  const response = await GRAPHQL_POST(cms.config)(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    }),
  )
  return (await response.json()) as GraphqlResult
}

const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number'
    ? value.id
    : undefined

const restErrorOf = (body: Json) =>
  (body.errors as { message?: string; name?: string }[] | undefined)?.[0]

const viaRest = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const json = (data: Json) => ({
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: JSON.stringify(data),
  })
  const draft = (on?: boolean) => (on ? '&draft=true' : '')
  let answer: { status: number; body: Json }
  let id: Id | undefined
  switch (call.op) {
    case 'create': {
      let init: RequestInit = json(call.data)
      if (call.upload) {
        const form = new FormData()
        form.append('_payload', JSON.stringify(call.data))
        const file = new Blob([new Uint8Array(call.upload.data)], { type: call.upload.mimetype })
        form.append('file', file, call.upload.name)
        init = { headers: who.headers, body: form }
      }
      answer = await restCall(cms.config, `${call.collection}?depth=0`, {
        ...init,
        method: 'POST',
        handler: REST_POST,
      })
      id = idOf(answer.body.doc)
      break
    }
    case 'read':
      answer = await restCall(
        cms.config,
        `${call.collection}/${call.id}?depth=0${draft(call.draft)}`,
        {
          headers: who.headers,
        },
      )
      id = idOf(answer.body)
      break
    case 'update':
      answer = await restCall(
        cms.config,
        `${call.collection}/${call.id}?depth=0${draft(call.draft)}`,
        {
          ...json(call.data),
          method: 'PATCH',
          handler: REST_PATCH,
        },
      )
      id = idOf(answer.body.doc)
      break
    case 'delete':
      answer = await restCall(cms.config, `${call.collection}/${call.id}`, {
        headers: who.headers,
        method: 'DELETE',
        handler: REST_DELETE,
      })
      id = idOf(answer.body.doc)
      break
    case 'readGlobal':
      answer = await restCall(cms.config, `globals/${call.global}?depth=0`, {
        headers: who.headers,
        handler: REST_GET,
      })
      break
    case 'updateGlobal':
      answer = await restCall(cms.config, `globals/${call.global}?depth=0`, {
        ...json(call.data),
        method: 'POST',
        handler: REST_POST,
      })
      break
  }
  const error = restErrorOf(answer.body)
  return { status: answer.status, id, message: error?.message, name: error?.name }
}

const viaGraphql = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const name = (slug: string) => formatNames(slug).singular
  let query: string
  let field: string
  let variables: Json | undefined
  switch (call.op) {
    case 'create':
      field = `create${name(call.collection)}`
      query = `mutation ($data: mutation${name(call.collection)}Input!) { ${field}(data: $data) { id } }`
      variables = { data: call.data }
      break
    case 'read':
      field = name(call.collection)
      query = `{ ${field}(id: ${call.id}${call.draft ? ', draft: true' : ''}) { id } }`
      break
    case 'update':
      field = `update${name(call.collection)}`
      query = `mutation ($data: mutation${name(call.collection)}UpdateInput!) {
        ${field}(id: ${call.id}, data: $data${call.draft ? ', draft: true' : ''}) { id } }`
      variables = { data: call.data }
      break
    case 'delete':
      field = `delete${name(call.collection)}`
      query = `mutation { ${field}(id: ${call.id}) { id } }`
      break
    case 'readGlobal':
      field = name(call.global)
      query = `{ ${field} { updatedAt } }`
      break
    case 'updateGlobal':
      field = `update${name(call.global)}`
      query = `mutation ($data: mutation${name(call.global)}Input!) { ${field}(data: $data) { updatedAt } }`
      variables = { data: call.data }
      break
  }
  const result = await graphqlAs(cms, query, { headers: who.headers, variables })
  const error = result.errors?.[0]
  if (error) {
    return {
      // A query the schema rejects has no status: it is the test's mistake, not a denial.
      status: error.extensions?.statusCode ?? 0,
      message: error.message,
      name: error.extensions?.name,
    }
  }
  return { status: 200, id: idOf(result.data?.[field]) }
}

const viaLocal = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const { payload } = cms
  const access = { overrideAccess: false, user: who.user, depth: 0 }
  try {
    switch (call.op) {
      case 'create': {
        const doc = await payload.create({
          collection: call.collection,
          data: call.data as never,
          file: call.upload,
          ...access,
        })
        return { status: 201, id: idOf(doc) }
      }
      case 'read': {
        const doc = await payload.findByID({
          collection: call.collection,
          id: call.id,
          draft: call.draft,
          ...access,
        })
        return { status: 200, id: idOf(doc) }
      }
      case 'update': {
        const doc = await payload.update({
          collection: call.collection,
          id: call.id,
          data: call.data as never,
          draft: call.draft,
          ...access,
        })
        return { status: 200, id: idOf(doc) }
      }
      case 'delete': {
        const doc = await payload.delete({ collection: call.collection, id: call.id, ...access })
        return { status: 200, id: idOf(doc) }
      }
      case 'readGlobal':
        await payload.findGlobal({ slug: call.global, ...access })
        return { status: 200 }
      case 'updateGlobal':
        await payload.updateGlobal({ slug: call.global, data: call.data as never, ...access })
        return { status: 200 }
    }
  } catch (error) {
    const { status, message, name } = error as { status?: unknown; message: string; name: string }
    if (typeof status === 'number') return { status, message, name }
    throw error
  }
}

export const perform = (cms: TestCms, surface: Surface, who: Identity, call: Call) =>
  ({ rest: viaRest, graphql: viaGraphql, local: viaLocal })[surface](cms, who, call)

export const succeeded = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300

// ---------------------------------------------------------------------------------------------
// Callers

export const PASSWORD = 'role-matrix-long-password-1'

export type Identities = Record<Caller, Identity> & {
  /** A second contributor, whose drafts the first one must not touch. */
  otherContributor: Identity
}

const asLocalUser = async (payload: Payload, id: Id) =>
  ({
    ...(await payload.findByID({ collection: 'users', id, depth: 0 })),
    collection: 'users',
  }) as unknown as NonNullable<Identity['user']>

/** A staff account signed in the way the admin signs in: a JWT from `login`. */
export const staffIdentity = async (
  payload: Payload,
  caller: Caller,
  role: 'contributor' | 'editor' | 'admin',
): Promise<Identity> => {
  const email = `${caller}-${randomUUID()}@example.test`
  const created = await payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, role },
    context: quiet,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
  })
  return {
    caller,
    user: await asLocalUser(payload, created.id),
    headers: { authorization: `JWT ${token}` },
  }
}

export const createIdentities = async (payload: Payload): Promise<Identities> => {
  // The first account of a site always becomes its admin: make that the admin.
  const admin = await staffIdentity(payload, 'admin', 'admin')
  const editor = await staffIdentity(payload, 'editor', 'editor')
  const contributor = await staffIdentity(payload, 'contributor', 'contributor')
  const otherContributor = await staffIdentity(payload, 'contributor', 'contributor')
  const apiKey = randomUUID()
  const client = await payload.create({
    collection: 'users',
    data: {
      email: `api-${randomUUID()}@example.test`,
      password: PASSWORD,
      role: 'api',
      enableAPIKey: true,
      apiKey,
    },
    context: quiet,
  })
  const api: Identity = {
    caller: 'api',
    user: await asLocalUser(payload, client.id),
    headers: { authorization: `users API-Key ${apiKey}` },
  }
  const anonymous: Identity = { caller: 'anonymous', headers: {} }
  for (const who of [admin, editor, contributor, otherContributor, api]) {
    if (who.user?.role !== who.caller)
      throw new Error(`${who.caller} was created as ${who.user?.role}`)
  }
  return { anonymous, api, contributor, editor, admin, otherContributor }
}

// ---------------------------------------------------------------------------------------------
// Fixtures: one kit per collection of the table (the type makes a missing kit a compile error)

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

/** What is stored, read with access control off; for articles also the latest draft and history. */
export const snapshot = async (payload: Payload, collection: CollectionSlug, id: Id) => {
  const main = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    pagination: false,
  })
  if (collection !== 'articles') return { main: main.docs[0] as Json | undefined }
  const latest = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    draft: true,
    pagination: false,
  })
  const versions = await payload.countVersions({
    collection,
    where: { parent: { equals: id } },
  })
  return {
    main: main.docs[0] as Json | undefined,
    latest: latest.docs[0] as Json | undefined,
    versions: versions.totalDocs,
  }
}
