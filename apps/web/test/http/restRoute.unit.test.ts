import { buildCmsConfig } from '@groundwork/cms'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  bracketPath,
  checkRouteIds,
  checkWhere,
  isValidId,
  MAX_ID,
  matchPattern,
  relationFieldsOf,
  resolveRoute,
} from '@/http/rest/restRoute'

describe('ids in an address', () => {
  it('are serials: 1 to 2^31 - 1, digits only', () => {
    for (const id of ['1', '42', '2147483647', '1000000000']) expect(isValidId(id), id).toBe(true)
  })

  it.each([
    ['letters', 'abc'],
    ['a decimal', '1.5'],
    ['negative', '-1'],
    ['zero', '0'],
    ['a leading zero', '007'],
    ['past serial', String(MAX_ID + 1)],
    ['past bigint', '99999999999999999999'],
    ['hexadecimal', '0x10'],
    ['exponent', '1e3'],
    ['null byte', '\u0000'],
    ['the word null', 'null'],
    ['object text', '[object Object]'],
    ['traversal', '../../users'],
    ['an id then SQL', '5 OR 1=1'],
    ['an id then a quote', "5'"],
    ['an id then letters', '5abc'],
    ['an id after a space', ' 5'],
    ['an id before a newline', '5\n'],
    ['empty', ''],
    ['full-width digits', '５'],
  ])('refuse %s', (_name, id) => {
    expect(isValidId(id)).toBe(false)
  })
})

describe('route patterns, read as Payload (path-to-regexp 6) reads them', () => {
  it('match literals regardless of case, and one segment per parameter', () => {
    expect(matchPattern('/', [])).toEqual({})
    expect(matchPattern('/', ['x'])).toBeNull()
    expect(matchPattern('/:id', ['5'])).toEqual({ id: '5' })
    expect(matchPattern('/:id', ['a/b'])).toEqual({ id: 'a/b' })
    expect(matchPattern('/:id', [''])).toBeNull()
    expect(matchPattern('/:id', ['5', 'x'])).toBeNull()
    expect(matchPattern('/me', ['ME'])).toEqual({})
    expect(matchPattern('/versions/:id', ['versions', '7'])).toEqual({ id: '7' })
    expect(matchPattern('/:id/duplicate', ['7', 'duplicate'])).toEqual({ id: '7' })
  })

  it('take an optional last parameter', () => {
    expect(matchPattern('/access/:id?', ['access'])).toEqual({})
    expect(matchPattern('/access/:id?', ['access', '3'])).toEqual({ id: '3' })
    expect(matchPattern('/access/:id?', ['access', '3', 'x'])).toBeNull()
  })

  it('give up on patterns beyond the plain ones', () => {
    expect(matchPattern('/files/(.*)', ['files', 'a'])).toBe('unknown')
    expect(matchPattern('/:a?/:b', ['x'])).toBe('unknown')
  })
})

const endpoint = (method: string, path: string) => ({
  method,
  path,
  handler: () => Response.json({}),
})

/** The shape of a sanitized config that route resolution reads, in Payload's endpoint order. */
const fakeConfig = {
  collections: [
    {
      slug: 'articles',
      flattenedFields: [],
      endpoints: [
        endpoint('get', '/count'),
        endpoint('post', '/'),
        endpoint('delete', '/:id'),
        endpoint('post', '/access/:id?'),
        endpoint('get', '/versions'),
        endpoint('post', '/:id/duplicate'),
        endpoint('get', '/'),
        endpoint('get', '/:id'),
        endpoint('get', '/versions/:id'),
        endpoint('patch', '/:id'),
      ],
    },
    {
      slug: 'users',
      flattenedFields: [],
      endpoints: [
        endpoint('get', '/me'),
        endpoint('post', '/login'),
        endpoint('get', '/verify/:id'),
        endpoint('get', '/:id'),
      ],
    },
    {
      slug: 'custom',
      flattenedFields: [],
      endpoints: [endpoint('get', '/files/(.*)'), endpoint('get', '/:id')],
    },
  ],
  globals: [{ slug: 'site', endpoints: [endpoint('get', '/'), endpoint('get', '/versions/:id')] }],
} as unknown as SanitizedConfig

describe('resolving a REST route', () => {
  it('finds the endpoint Payload picks, first match first', () => {
    expect(resolveRoute(fakeConfig, 'GET', ['articles', 'count'])?.endpoint?.path).toBe('/count')
    expect(resolveRoute(fakeConfig, 'GET', ['articles', 'versions'])?.endpoint?.path).toBe(
      '/versions',
    )
    expect(resolveRoute(fakeConfig, 'GET', ['articles', 'distinct'])?.endpoint).toEqual({
      path: '/:id',
      params: { id: 'distinct' },
    })
    expect(resolveRoute(fakeConfig, 'GET', ['users', 'me'])?.endpoint?.path).toBe('/me')
    expect(resolveRoute(fakeConfig, 'GET', ['globals', 'site', 'versions', 'x'])).toEqual({
      kind: 'global',
      slug: 'site',
      endpoint: { path: '/versions/:id', params: { id: 'x' } },
    })
  })

  it('knows no endpoint for what Payload answers "Route not found"', () => {
    expect(resolveRoute(fakeConfig, 'GET', ['nope'])).toBeUndefined()
    expect(resolveRoute(fakeConfig, 'GET', ['globals', 'nope'])).toBeUndefined()
    expect(resolveRoute(fakeConfig, 'PUT', ['articles', '1'])).toEqual({
      kind: 'collection',
      slug: 'articles',
    })
    expect(resolveRoute(fakeConfig, 'GET', ['articles', '1', '..', '..', 'users'])?.endpoint).toBe(
      undefined,
    )
  })

  it('answers 404 for an id that cannot exist, wherever Payload reads an id', () => {
    const notFound = { status: 404, message: 'Not Found' }
    expect(checkRouteIds(fakeConfig, 'GET', ['articles', 'abc'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'PATCH', ['articles', '5abc'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'DELETE', ['articles', '1.5'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'GET', ['articles', 'distinct'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'POST', ['articles', 'x', 'duplicate'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'POST', ['articles', 'access', 'x'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'GET', ['articles', 'versions', 'x'])).toEqual(notFound)
    expect(checkRouteIds(fakeConfig, 'GET', ['globals', 'site', 'versions', 'x'])).toEqual(notFound)
  })

  it('leaves valid ids, named routes, tokens and unreadable patterns alone', () => {
    for (const [method, segments] of [
      ['GET', ['articles', '5']],
      ['GET', ['articles', 'count']],
      ['POST', ['articles', 'access']],
      ['GET', ['users', 'me']],
      ['POST', ['users', 'login']],
      ['GET', ['users', 'verify', 'a-token-not-an-id']],
      ['GET', ['custom', 'abc']],
      ['GET', ['nope', 'abc']],
      ['PUT', ['articles', 'abc']],
    ] as const) {
      expect(checkRouteIds(fakeConfig, method, [...segments]), segments.join('/')).toBeNull()
    }
  })
})

describe("the app's own collections", () => {
  let config: SanitizedConfig
  beforeAll(async () => {
    config = await buildCmsConfig({
      databaseUrl: 'postgres://localhost:5432/unused',
      secret: 'x'.repeat(32),
      serverUrl: 'http://localhost:3000',
      mediaDir: '/tmp/unused-media',
      importMapBaseDir: '/tmp',
      runJobs: false,
      onContentChange: () => {},
    })
  }, 60_000)

  it("keep every named sub-route of Payload's out of the id check", () => {
    const named: [string, string[]][] = [
      ['GET', ['articles', 'count']],
      ['GET', ['articles', 'versions']],
      ['POST', ['articles', 'access']],
      ['GET', ['users', 'me']],
      ['POST', ['users', 'login']],
      ['POST', ['users', 'logout']],
      ['POST', ['users', 'refresh-token']],
      ['POST', ['users', 'forgot-password']],
      ['POST', ['users', 'reset-password']],
      ['POST', ['users', 'unlock']],
      ['POST', ['users', 'first-register']],
      ['GET', ['users', 'init']],
      ['POST', ['users', 'access']],
      ['GET', ['media', 'file', 'photo.png']],
      ['GET', ['globals', 'site']],
      ['POST', ['globals', 'site']],
      ['GET', ['globals', 'site', 'versions']],
      ['GET', ['payload-jobs', 'run']],
    ]
    for (const [method, segments] of named) {
      const route = resolveRoute(config, method, segments)
      expect(route?.endpoint, `${method} ${segments.join('/')}`).toBeDefined()
      expect(route?.endpoint?.params.id, `${method} ${segments.join('/')}`).toBeUndefined()
    }
  })

  it("leave the admin's preferences, keyed by name, alone", () => {
    for (const method of ['GET', 'POST', 'DELETE'])
      expect(checkRouteIds(config, method, ['payload-preferences', 'nav'])).toBeNull()
  })

  it('check the id of every document route', () => {
    for (const [method, segments] of [
      ['GET', ['articles', 'abc']],
      ['PATCH', ['users', '1 OR 1=1']],
      ['DELETE', ['media', '0']],
      ['GET', ['articles', 'distinct']],
      ['GET', ['articles', 'versions', 'abc']],
      ['POST', ['articles', 'versions', 'abc']],
      ['POST', ['articles', 'abc', 'duplicate']],
      ['GET', ['globals', 'site', 'versions', 'abc']],
    ] as const) {
      expect(checkRouteIds(config, method, [...segments]), segments.join('/')).toEqual({
        status: 404,
        message: 'Not Found',
      })
    }
  })

  it("know the article's relation fields", () => {
    const relations = relationFieldsOf(config, ['articles'])
    for (const name of ['authors', 'topics', 'disclaimer', 'heroImage', 'alsoBrowsed'])
      expect(relations.has(name), name).toBe(true)
    expect(relations.has('title')).toBe(false)
    expect(relationFieldsOf(config, ['globals', 'site']).size).toBe(0)
  })
})

describe('where', () => {
  const where = (query: string, relations: string[] = []) =>
    checkWhere(new URLSearchParams(query), new Set(relations))?.message ?? null

  it('splits keys as qs does', () => {
    expect(bracketPath('where[or][0][id][in]')).toEqual(['where', 'or', '0', 'id', 'in'])
    expect(bracketPath('where')).toEqual(['where'])
    expect(bracketPath('where[]')).toEqual(['where', ''])
    expect(bracketPath('whereabouts')).toBeNull()
    expect(bracketPath('limit')).toBeNull()
  })

  it('must be an object', () => {
    expect(where('where=1%3D1')).toMatch(/must be an object.*not text/)
    expect(where('where[]=x&where[]=y')).toMatch(/not a list/)
    expect(where('where[0][slug][equals]=x')).toMatch(/not a list/)
    expect(where('where[slug][equals]=x&limit=5')).toBeNull()
    expect(where('limit=5&whereabouts=x')).toBeNull()
  })

  it('lists only ids where it lists ids', () => {
    expect(where('where[id][in]=1,abc,-1')).toBe(
      'where[id][in] holds "abc", which is not an id: ids are integers from 1 to 2147483647.',
    )
    expect(where('where[id][not_in]=1,2,0')).toMatch(/holds "0"/)
    expect(where('where[or][0][id][in]=1,x')).toMatch(/holds "x"/)
    expect(where('where[id][in][0]=1&where[id][in][1]=x')).toMatch(/holds "x"/)
    expect(where('where[authors.id][in]=abc')).toMatch(/where\[authors\.id\]\[in\]/)
    expect(where('where[topics][in]=2,abc', ['topics'])).toMatch(/where\[topics\]\[in\]/)
    expect(where('where[id][in]=1,%202,3')).toBeNull()
    expect(where('where[topics][in]=2,3', ['topics'])).toBeNull()
    expect(where('where[title][in]=a,b', ['topics'])).toBeNull()
  })

  it('compares a relation with an id, null or nothing', () => {
    expect(where('where[topics][equals]=abc', ['topics'])).toMatch(/holds "abc"/)
    expect(where('where[topics][not_equals]=1.5', ['topics'])).toMatch(/holds "1.5"/)
    expect(where('where[topics][equals]=2', ['topics'])).toBeNull()
    expect(where('where[topics][equals]=null', ['topics'])).toBeNull()
    expect(where('where[topics][equals]=', ['topics'])).toBeNull()
    expect(where('where[topics][exists]=true', ['topics'])).toBeNull()
  })

  it('compares the id with Postgres integers, and lets text match nothing', () => {
    expect(where('where[id][equals]=1.5')).toMatch(/holds "1.5"/)
    expect(where('where[id][equals]=99999999999999999999')).toMatch(/not an id/)
    expect(where('where[id][greater_than]=1e20')).toMatch(/not an id/)
    expect(where('where[id][equals]=abc')).toBeNull()
    expect(where('where[id][equals]=-1')).toBeNull()
    expect(where('where[id][less_than]=10')).toBeNull()
  })
})
