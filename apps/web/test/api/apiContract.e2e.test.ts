import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import sharp from 'sharp'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import {
  curlToRequest,
  docExamples,
  normalizeQuery,
  shapeMismatches,
  valueAt,
} from '../support/docExamples'
import { staffToken } from '../support/e2e/staff'

/**
 * docs/api.md is a contract: every `example=` block in it is run against the app as `npm start`
 * serves it, and the answer must have the shape of its `response=` block. A change to the API that
 * the docs do not follow, or docs that promise what the API does not do, fail here.
 */
const docPath = new URL('../../../../docs/api.md', import.meta.url)
const examples = docExamples(fs.readFileSync(docPath, 'utf8'))

type Answer = { status: number; body: unknown; text: string }

const send = async (url: string, init: RequestInit = {}): Promise<Answer> => {
  const response = await fetch(url, { ...init, redirect: 'manual' })
  const text = await response.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    body = undefined
  }
  return { status: response.status, body, text }
}

describe('docs/api.md', () => {
  const baseUrl = inject('baseUrl')
  const secret = `api-contract-${randomBytes(24).toString('hex')}`
  let apiKey = ''

  beforeAll(async () => {
    const token = await staffToken(baseUrl)
    const staff = { authorization: `JWT ${token}` }
    // A read-only API client for the examples that use $API_KEY.
    const created = await send(`${baseUrl}/api/users`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `api-client-${randomBytes(4).toString('hex')}@example.test`,
        password: randomBytes(24).toString('hex'),
        role: 'api',
        enableAPIKey: true,
        apiKey: secret,
      }),
    })
    expect(created.status, created.text).toBe(201)
    apiKey = secret
    // The demo content has no images; the media example needs one readers can see.
    const media = await send(`${baseUrl}/api/media?limit=1`)
    if ((media.body as { totalDocs?: number }).totalDocs === 0) {
      const png = await sharp({
        create: { width: 1800, height: 1000, channels: 3, background: '#dfe9e2' },
      })
        .png()
        .toBuffer()
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'hero.png')
      form.append('_payload', JSON.stringify({ alt: 'A calm green background', public: true }))
      const upload = await send(`${baseUrl}/api/media`, {
        method: 'POST',
        headers: staff,
        body: form,
      })
      expect(upload.status, upload.text).toBe(201)
    }
  })

  it('documents runnable examples, each with a response', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
  })

  it.each(examples.map((example) => [example.name, example] as const))(
    'example=%s answers as documented',
    async (_name, example) => {
      const { url, init } = curlToRequest(example.command, baseUrl, { API_KEY: apiKey })
      if (example.query !== undefined) {
        const sent = JSON.parse(String(init.body)) as { query?: string }
        expect(normalizeQuery(sent.query ?? ''), 'the curl query and the graphql block').toBe(
          normalizeQuery(example.query),
        )
      }
      const answer = await send(url, init)
      const where = `docs/api.md line ${example.line}: ${init.method} ${url}\n${answer.text.slice(0, 2000)}`
      expect(answer.status, where).toBe(example.response.status)
      expect(answer.body, `${where}\nnot JSON`).toBeDefined()
      const problems = shapeMismatches(example.response.body, answer.body, {
        exactKeys: example.response.exactKeys,
      })
      expect(problems, where).toEqual([])
      for (const path of example.response.equal) {
        expect(valueAt(answer.body, path), `${path}; ${where}`).toEqual(
          valueAt(example.response.body, path),
        )
      }
    },
  )

  it('serves the OpenAPI document it links to', async () => {
    const answer = await send(`${baseUrl}/api/openapi.json`)
    expect(answer.status, answer.text.slice(0, 500)).toBe(200)
    expect((answer.body as { openapi?: string }).openapi).toBe('3.1.0')
  })
})

describe('anonymous callers', () => {
  const baseUrl = inject('baseUrl')
  const graphql = (query: string) =>
    send(`${baseUrl}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  type Page = { docs: { slug?: string }[]; totalDocs: number }

  it('see no drafts over REST, even when they ask for them', async () => {
    const bySlug = await send(
      `${baseUrl}/api/articles?draft=true&where[slug][equals]=draft-coming-soon`,
    )
    expect(bySlug.status).toBe(200)
    expect((bySlug.body as Page).docs).toEqual([])
    expect((bySlug.body as Page).totalDocs).toBe(0)
    const all = await send(`${baseUrl}/api/articles?draft=true&limit=100&depth=0`)
    expect((all.body as Page).docs.map((doc) => doc.slug)).not.toContain('draft-coming-soon')
    expect(all.text).not.toContain('"_status":"draft"')
  })

  it('see no drafts over GraphQL', async () => {
    const answer = await graphql(
      '{ Articles(draft: true, limit: 100, where: { slug: { equals: "draft-coming-soon" } }) { totalDocs docs { slug _status } } }',
    )
    expect(answer.body).toEqual({ data: { Articles: { totalDocs: 0, docs: [] } } })
  })

  it('read why a request was refused in the production build too', async () => {
    // Production bundles strip class names, and Payload shows a message only for a named error.
    const nul = await send(`${baseUrl}/api/topics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'a\u0000b' }),
    })
    expect(nul.status).toBe(400)
    expect(nul.body).toEqual({ errors: [{ message: 'The data contains a NUL character.' }] })
    const query = await send(`${baseUrl}/api/articles?where[createdBy.email][like]=a`)
    expect(query.status).toBe(400)
    expect(query.text).toMatch(/cannot be queried/)
  })

  it('never read users or their emails, over REST or GraphQL', async () => {
    const rest = await send(`${baseUrl}/api/users`)
    expect(rest.status).toBe(403)
    expect(rest.text).not.toContain('@')
    const me = await send(`${baseUrl}/api/users/me`)
    expect(me.text).not.toContain('@')
    const gql = await graphql('{ Users { docs { email } } }')
    const body = gql.body as { data?: { Users: unknown }; errors?: { message: string }[] }
    expect(body.errors?.[0]?.message).toMatch(/not allowed/i)
    expect(body.data?.Users ?? null).toBeNull()
    expect(gql.text).not.toContain('@')
    const authors = await send(`${baseUrl}/api/authors?limit=100&depth=2`)
    expect(authors.text).not.toContain('@')
  })

  it('never read versions, over REST or GraphQL', async () => {
    const rest = await send(`${baseUrl}/api/articles/versions?limit=100`)
    const emptyOrRefused =
      rest.status === 403 || (rest.status === 200 && (rest.body as Page).docs.length === 0)
    expect(emptyOrRefused, rest.text.slice(0, 500)).toBe(true)
    const gql = await graphql('{ versionsArticles(limit: 100) { docs { id version { title } } } }')
    const body = gql.body as {
      data?: { versionsArticles: { docs: unknown[] } | null }
      errors?: unknown[]
    }
    expect(body.data?.versionsArticles?.docs ?? []).toEqual([])
    expect(gql.text).not.toContain('Medications for Alcohol Use Disorder')
  })

  it('never read webhook subscriptions, their secrets or deliveries', async () => {
    for (const collection of ['webhooks', 'webhook-deliveries']) {
      const rest = await send(`${baseUrl}/api/${collection}?limit=100`)
      expect([403, 404], `${collection}: ${rest.text.slice(0, 300)}`).toContain(rest.status)
      expect(rest.text).not.toContain('secret')
    }
  })
})

describe('the contract check itself', () => {
  it('fails on a documented key the API does not return, or a changed type', () => {
    const documented = { docs: [{ id: 1, slug: 'a', extra: 'x' }, '…'], totalDocs: 1 }
    expect(shapeMismatches(documented, { docs: [{ id: 2, slug: 'b' }], totalDocs: 3 })).toEqual([
      '$.docs[0].extra: documented, missing from the answer',
    ])
    expect(shapeMismatches(documented, { docs: [], totalDocs: '1' })).toEqual([
      '$.docs: documented a non-empty array, got []',
      '$.totalDocs: documented number, got string',
    ])
    expect(shapeMismatches({ a: null, b: [] }, { a: { any: 1 }, b: [1] })).toEqual([])
    expect(shapeMismatches({ a: 1 }, { a: 2, b: 3 }, { exactKeys: true })).toEqual([
      '$.b: in the answer, not documented',
    ])
  })

  it('turns documented curl commands into the requests curl would send', () => {
    const get = curlToRequest(
      "curl -sg 'http://localhost:3000/api/articles?where[slug][equals]=x&depth=1'",
      'http://127.0.0.1:4000',
    )
    expect(get.url).toBe('http://127.0.0.1:4000/api/articles?where[slug][equals]=x&depth=1')
    expect(get.init.method).toBe('GET')
    const post = curlToRequest(
      `curl -s -X POST "$BASE/api/graphql" \\\n  -H 'Content-Type: application/json' \\\n  -H "Authorization: users API-Key $API_KEY" --data '{"query":"{ Site { name } }"}'`,
      'http://127.0.0.1:4000/',
      { API_KEY: 'k' },
    )
    expect(post.url).toBe('http://127.0.0.1:4000/api/graphql')
    expect(post.init.method).toBe('POST')
    expect(post.init.headers.get('authorization')).toBe('users API-Key k')
    expect(post.init.body).toBe('{"query":"{ Site { name } }"}')
    expect(curlToRequest("curl -d 'a=1' http://localhost:3000/api/x", 'http://h').init.method).toBe(
      'POST',
    )
    expect(() =>
      curlToRequest("curl 'http://localhost:3000/api/a?where[b]=c'", 'http://h'),
    ).toThrow(/add -g/)
    expect(() => curlToRequest('curl https://example.org/api/articles', 'http://h')).toThrow()
    expect(() => curlToRequest('curl -s "$TOKEN" http://localhost:3000/api', 'http://h')).toThrow()
  })
})
