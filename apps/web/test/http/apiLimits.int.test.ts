import { GRAPHQL_MAX_COMPLEXITY } from '@groundwork/cms'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { graphqlRequestLimiter } from '@/http/rateLimit/graphqlRequests'
import { windowLimiter } from '@/http/rateLimit/windowLimiter'
import {
  GRAPHQL_PLAYGROUND_GET,
  GRAPHQL_POST,
  REST_GET,
  REST_PATCH,
  REST_POST,
} from '@/http/routes'
import { createArticle, createAuthor, quiet } from '../support/content'
import { graphqlCall, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/** Limits and keys on the public API, over the route handlers the app mounts. */
describe('the public API', () => {
  let cms: TestCms
  let chain: number[] = []
  let draftSlug = ''

  const call = (handler: typeof REST_GET, path: string, init: RequestInit = {}) =>
    restCall(cms.config, path, { ...init, handler })
  const graphql = (query: string) => graphqlCall(cms.config, query)

  beforeAll(async () => {
    cms = await startTestCms()
    const author = (await createAuthor(cms.payload, 'Hana Ito')).id
    // A -> B -> C -> D through "also browsed": a chain deeper than anonymous callers may populate.
    for (let i = 0; i < 4; i++) {
      const article = await createArticle(cms.payload, {
        title: `Chain ${i}`,
        authors: [author],
        alsoBrowsed: chain.slice(-1),
      })
      chain.push(article.id)
    }
    chain = chain.reverse()
    draftSlug = (
      await createArticle(cms.payload, { title: 'Key draft', authors: [author], status: 'draft' })
    ).slug
  })
  afterAll(() => cms.payload.destroy())

  it('counts every GraphQL request against the caller’s budget in the handler, 429 with Retry-After beyond', async () => {
    const handler = GRAPHQL_POST(cms.config, {
      requests: graphqlRequestLimiter({
        trustProxy: true,
        limiter: () => windowLimiter({ limit: 2, windowMs: 60_000 }),
      }),
    })
    const ask = (ip: string) =>
      handler(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': ip },
          body: JSON.stringify({ query: '{ __typename }' }),
        }),
      )
    expect([(await ask('192.0.2.1')).status, (await ask('192.0.2.1')).status]).toEqual([200, 200])
    const refused = await ask('192.0.2.1')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await refused.json()).toEqual({
      errors: [{ message: expect.stringMatching(/^Too many GraphQL requests/) }],
    })
    expect((await ask('192.0.2.2')).status).toBe(200)
  })

  it('clamps an anonymous page size and never lists everything at once', async () => {
    for (const limit of ['100000', '0', '-5']) {
      const { status, body } = await call(REST_GET, `articles?limit=${limit}&pagination=false`)
      expect(status).toBe(200)
      expect(body.limit).toBeLessThanOrEqual(100)
      expect(body.limit).toBeGreaterThan(0)
    }
  })

  it('populates at most two levels of relations for anonymous callers', async () => {
    const { body } = await call(REST_GET, `articles/${chain[0]}?depth=10`)
    type Doc = { alsoBrowsed?: (number | Doc)[] }
    const first = (body as Doc).alsoBrowsed?.[0] as Doc
    const second = first.alsoBrowsed?.[0] as Doc
    expect(typeof second).toBe('object')
    expect(typeof second.alsoBrowsed?.[0]).toBe('number')
  })

  it('refuses a GraphQL query nested past its complexity budget, with a clear error', async () => {
    const nest = (level: number): string =>
      level === 0 ? 'title' : `title alsoBrowsed { ${nest(level - 1)} }`
    // One article: within the cost budget (readCaps.int.test.ts), so Payload's complexity rule answers.
    const bomb = await graphql(`{ Articles(limit: 1) { docs { ${nest(20)} } } }`)
    expect(bomb.data ?? null, JSON.stringify(bomb.errors)).toBeNull()
    expect(bomb.errors?.[0]?.message).toMatch(/complexity/i)
    expect(bomb.errors?.[0]?.message).toContain(String(GRAPHQL_MAX_COMPLEXITY))
    // What a mobile app's article screen asks for must stay well inside the budget.
    const screen = await graphql(`{ Articles(limit: 20) { totalDocs hasNextPage docs {
      title slug excerpt publishedAt body
      authors { name slug jobTitle credentials photo { url alt } }
      topics { name slug }
      disclaimer { title body }
      alsoBrowsed { title slug authors { name } }
    } } }`)
    expect(screen.errors).toBeUndefined()
  })

  it('answers CORS only for allowed origins, never with *', async () => {
    const from = async (origin: string) => {
      const response = await REST_GET(cms.config)(
        new Request('http://localhost:3000/api/articles?limit=1', { headers: { origin } }),
        { params: Promise.resolve({ slug: ['articles'] }) },
      )
      return response.headers.get('access-control-allow-origin')
    }
    expect(await from('http://localhost:3000')).toBe('http://localhost:3000')
    expect(await from('https://evil.example')).not.toBe('https://evil.example')
    expect(await from('https://evil.example')).not.toBe('*')
  })

  it('turns introspection and the playground off in production', async () => {
    const introspect = () => graphql('{ __schema { types { name } } }')
    expect((await introspect()).errors).toBeUndefined()
    vi.stubEnv('NODE_ENV', 'production')
    try {
      expect((await introspect()).errors?.[0]?.message).toMatch(/introspection/i)
      const playground = await GRAPHQL_PLAYGROUND_GET(cms.config)(
        new Request('http://localhost:3000/api/graphql-playground'),
      )
      expect(playground.status).toBe(404)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('lets a read-only API key see drafts, refuses its writes, and stops working once revoked', async () => {
    const apiKey = 'integration-test-api-key-0123456789abcdef'
    // The first account of a site always becomes its admin; make sure this one is not the first.
    await cms.payload.create({
      collection: 'users',
      data: {
        email: `owner-${Date.now()}@example.test`,
        password: 'owner-long-password-1',
        role: 'admin',
      },
      context: quiet,
    })
    const client = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'mobile-app@example.test',
        password: 'an-unused-long-password-1',
        role: 'api',
        enableAPIKey: true,
        apiKey,
      },
      context: quiet,
    })
    const headers = { authorization: `users API-Key ${apiKey}`, 'content-type': 'application/json' }
    const slugs = async () => {
      const { body } = await call(REST_GET, 'articles?limit=100&draft=true', { headers })
      return (body.docs as { slug: string }[]).map((doc) => doc.slug)
    }
    expect(await slugs()).toContain(draftSlug)

    const write = await call(REST_POST, 'articles', {
      method: 'POST',
      headers,
      body: JSON.stringify({ title: 'From a key', slug: 'from-a-key' }),
    })
    expect(write.status, JSON.stringify(write.body)).toBe(403)

    // A key cannot turn itself into a login, nor read version history.
    const selfEdit = await call(REST_PATCH, `users/${client.id}`, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ password: 'now-i-can-log-in-123' }),
    })
    expect(selfEdit.status).toBe(403)
    const versions = await call(REST_GET, 'articles/versions', { headers })
    expect(versions.status).toBe(403)

    await cms.payload.update({ collection: 'users', id: client.id, data: { enableAPIKey: false } })
    expect(await slugs()).not.toContain(draftSlug)
  })
})
