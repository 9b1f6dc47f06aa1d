import { buildOpenApi, type OpenApiDocument } from '@groundwork/cms'
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest'
import { openApiResponse } from '@/app/(payload)/api/openapi.json/openApiResponse'
import {
  createArticle,
  createAuthor,
  createDisclaimer,
  createTopic,
  quiet,
} from '../support/content'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * The served OpenAPI document against what anonymous REST calls really return: every list path
 * answers with exactly the documented envelope, and documents hold only documented fields.
 */
type Schema = {
  $ref?: string
  required?: string[]
  properties?: Record<string, Schema>
  items?: Schema
}

describe('GET /api/openapi.json', () => {
  const serverUrl = 'http://localhost:3000'
  let cms: TestCms
  let doc: OpenApiDocument

  const rest = (path: string) => restCall(cms.config, path)
  /** The component a `$ref` names, or the schema itself. */
  const resolve = (schema: unknown): Schema => {
    const ref = (schema as Schema | undefined)?.$ref
    return ref ? (doc.components.schemas[ref.split('/').pop() ?? ''] as Schema) : (schema as Schema)
  }
  const okSchema = (path: string) => {
    const ok = doc.paths[path]?.get?.responses['200']
    return resolve(ok && 'content' in ok ? ok.content?.['application/json']?.schema : undefined)
  }
  const expectDocumented = (body: Json, schema: Schema) => {
    expect(Object.keys(body)).toEqual(expect.arrayContaining(schema.required ?? []))
    const documented = Object.keys(schema.properties ?? {})
    expect(Object.keys(body).filter((key) => !documented.includes(key))).toEqual([])
  }

  beforeAll(async () => {
    cms = await startTestCms()
    const author = await createAuthor(cms.payload, 'Ida Berg')
    const topic = await createTopic(cms.payload, 'Sleep')
    const disclaimer = await createDisclaimer(cms.payload, 'Medical note')
    await createArticle(cms.payload, {
      title: 'Documented',
      authors: [author.id],
      topics: [topic.id],
      disclaimer: disclaimer.id,
    })
    doc = (await (await openApiResponse(cms.config, serverUrl)).json()) as OpenApiDocument
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await cms.payload.destroy()
  })

  it('is served by the route as cacheable JSON, built from the app config', async () => {
    vi.stubEnv('DATABASE_URL', inject('databaseUrl'))
    vi.stubEnv('PAYLOAD_SECRET', 'integration-tests-only-secret-0123456789')
    vi.stubEnv('SERVER_URL', serverUrl)
    const { GET } = await import('@/app/(payload)/api/openapi.json/route')
    const response = await GET()
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=300')
    const served = (await response.json()) as OpenApiDocument
    expect(served).toEqual(await buildOpenApi(await cms.config, { serverUrl }))
    expect(served.openapi).toBe('3.1.0')
    expect(Object.keys(served.paths)).toEqual(Object.keys(doc.paths))
  })

  it('documents the envelope and fields every anonymous list call returns', async () => {
    const lists = Object.keys(doc.paths).filter((path) => /^\/api\/[^/]+$/.test(path))
    expect(lists).toContain('/api/articles')
    let documents = 0
    for (const path of lists.filter((list) => doc.paths[list]?.get)) {
      const { status, body } = await rest(path.replace('/api/', ''))
      expect(status, path).toBe(200)
      const envelope = okSchema(path)
      expect(Object.keys(body).sort(), path).toEqual([...(envelope.required ?? [])].sort())
      const item = resolve(envelope.properties?.docs?.items)
      for (const entry of body.docs as Json[]) expectDocumented(entry, item)
      documents += (body.docs as Json[]).length
    }
    expect(documents).toBeGreaterThanOrEqual(4)
  })

  it('documents single documents, the site global and the error body', async () => {
    const { body: list } = await rest('articles?limit=1')
    const article = (list.docs as Json[])[0] ?? {}
    const one = await rest(`articles/${article.id}`)
    expect(one.status).toBe(200)
    expectDocumented(one.body, okSchema('/api/articles/{id}'))
    // Whether or not the site global was ever saved (then it has an id), it is as documented.
    const before = await rest('globals/site')
    expect(before.status).toBe(200)
    expectDocumented(before.body, okSchema('/api/globals/site'))
    await cms.payload.updateGlobal({ slug: 'site', data: {}, context: quiet })
    const saved = await rest('globals/site')
    expect(saved.body.id).toEqual(expect.any(Number))
    expectDocumented(saved.body, okSchema('/api/globals/site'))
    const missing = await rest('articles/987654321')
    expect(missing.status).toBe(404)
    expectDocumented(missing.body, resolve({ $ref: '#/components/schemas/Errors' }))
    expect((missing.body.errors as { message: unknown }[])[0]?.message).toEqual(expect.any(String))
  })
})
