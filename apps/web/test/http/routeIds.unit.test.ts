import type { SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'
import { isValidId, MAX_ID } from '@/http/rest/ids'
import { checkRouteIds } from '@/http/rest/routeIds'
import { matchPattern, resolveRoute } from '@/http/rest/routeMatch'

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
