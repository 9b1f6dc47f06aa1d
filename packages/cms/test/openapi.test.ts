import os from 'node:os'
import path from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { buildConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { buildCmsConfig, type CmsOptions, cmsConfig } from '../src/config'
import { buildOpenApi, type OpenApiDocument } from '../src/openapi'
import type { JsonSchema } from '../src/openapi/types'

/** The public read API's document, generated from the real config (no database needed). */
const options: CmsOptions = {
  databaseUrl: 'postgres://nobody@127.0.0.1:1/none',
  secret: 'unit-tests-only-secret-0123456789abcdef',
  serverUrl: 'http://localhost:3000',
  mediaDir: path.join(os.tmpdir(), 'groundwork-openapi-media'),
  importMapBaseDir: os.tmpdir(),
  onContentChange: () => {},
}
const serverUrl = 'https://content.example.test'
const publicCollections = ['articles', 'authors', 'topics', 'disclaimers', 'media', 'redirects']
const accountFields = ['email', 'password', 'hash', 'salt', 'role']

const propertiesOf = (schema: JsonSchema | undefined) =>
  (schema?.properties ?? {}) as Record<string, JsonSchema>

/** Every property name and every `$ref` anywhere below a node. */
const walk = (node: unknown, names: string[] = [], refs: string[] = []) => {
  if (Array.isArray(node)) for (const item of node) walk(item, names, refs)
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.push(value)
      if (key === 'properties' && value && typeof value === 'object')
        names.push(...Object.keys(value))
      walk(value, names, refs)
    }
  }
  return { names, refs }
}

describe('the OpenAPI document of the public read API', () => {
  let doc: OpenApiDocument
  beforeAll(async () => {
    doc = await buildOpenApi(await buildCmsConfig(options), { serverUrl })
  })

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator()
    const result = await validator.validate(structuredClone(doc))
    expect(result.errors).toBeUndefined()
    expect(result.valid).toBe(true)
    expect(validator.version).toBe('3.1')
    expect(doc.info.title).toBe('Groundwork content API')
    expect(doc.servers).toEqual([{ url: serverUrl }])
  })

  it('lists and reads by id exactly the public collections, plus the site global', () => {
    const lists = Object.keys(doc.paths).filter((route) => /^\/api\/[^/]+$/.test(route))
    expect(lists.sort()).toEqual(
      [...publicCollections.map((slug) => `/api/${slug}`), '/api/graphql'].sort(),
    )
    for (const slug of publicCollections) {
      expect(doc.paths[`/api/${slug}`]?.get?.responses['200']).toBeDefined()
      expect(doc.paths[`/api/${slug}/{id}`]?.get?.responses['404']).toBeDefined()
    }
    expect(doc.paths['/api/globals/site']?.get).toBeDefined()
    expect(doc.paths['/api/graphql']?.post).toBeDefined()
  })

  it('only reads: every REST path is GET', () => {
    for (const [route, item] of Object.entries(doc.paths)) {
      expect(Object.keys(item), route).toEqual(route === '/api/graphql' ? ['post'] : ['get'])
    }
  })

  it('leaves out users and Payload internals', () => {
    const text = JSON.stringify(doc)
    expect(text).not.toMatch(/\/api\/users|\/api\/payload-|schemas\/User\b/)
    expect(Object.keys(doc.components.schemas)).not.toContain('User')
  })

  it('mentions no account fields in any schema', () => {
    const { names } = walk(doc.components.schemas)
    expect(names.filter((name) => accountFields.includes(name))).toEqual([])
    expect(JSON.stringify(doc.components.schemas)).not.toMatch(/"(email|password|hash|salt|role)"/)
  })

  it('describes articles with their fields and relations', () => {
    const article = doc.components.schemas.Article
    expect(Object.keys(propertiesOf(article))).toEqual(
      expect.arrayContaining(['title', 'slug', 'body', 'authors']),
    )
    expect(propertiesOf(article).authors?.items).toEqual({
      oneOf: [{ type: 'integer' }, { $ref: '#/components/schemas/Author' }],
    })
    expect(propertiesOf(doc.components.schemas.ArticleList).docs?.items).toEqual({
      $ref: '#/components/schemas/Article',
    })
  })

  it('points every reference at something it defines', () => {
    const { refs } = walk(doc)
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) {
      const [, , kind, name] = ref.split('/')
      const section = doc.components[kind as keyof OpenApiDocument['components']]
      expect(section && name ? section[name] : undefined, ref).toBeDefined()
    }
  })
})

describe('what counts as public', () => {
  it('follows the access rules of collections and fields added later', async () => {
    const base = cmsConfig(options)
    const config = await buildConfig({
      ...base,
      collections: [
        ...(base.collections ?? []),
        {
          slug: 'notes',
          // A Where answer (a filtered subset) is public, like published articles.
          access: { read: () => ({ shared: { equals: true } }) },
          fields: [
            { name: 'text', type: 'text' },
            { name: 'shared', type: 'checkbox' },
            { name: 'staffOnly', type: 'text', access: { read: ({ req }) => Boolean(req.user) } },
            { name: 'owner', type: 'relationship', relationTo: 'users' },
            {
              name: 'meta',
              type: 'group',
              fields: [
                { name: 'shown', type: 'text' },
                { name: 'secretNote', type: 'text', hidden: true },
              ],
            },
          ],
        },
        {
          slug: 'drafts-box',
          access: { read: async ({ req }) => Boolean(req.user) },
          fields: [{ name: 'text', type: 'text' }],
        },
      ],
    })
    const doc = await buildOpenApi(config, { serverUrl })
    expect(doc.paths['/api/notes']?.get).toBeDefined()
    expect(doc.paths['/api/drafts-box']).toBeUndefined()
    const note = propertiesOf(doc.components.schemas.Note)
    expect(Object.keys(note)).toEqual(expect.arrayContaining(['text', 'shared', 'owner', 'meta']))
    expect(Object.keys(note)).not.toContain('staffOnly')
    expect(Object.keys(propertiesOf(note.meta))).toEqual(['shown'])
    // Users are not public: the relation documents the id and never the user.
    expect(note.owner).toEqual({ type: ['integer', 'null'] })
    expect((await new Validator().validate(structuredClone(doc))).valid).toBe(true)
  })
})
