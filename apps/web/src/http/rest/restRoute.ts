import type { Endpoint, SanitizedConfig } from 'payload'
import { type Problem, problem } from '../errors'

/**
 * What the REST route can tell about a request from its address alone, before Payload runs:
 * which endpoint Payload will pick, whether the id it names can exist, and whether `where` is
 * usable. Payload would `parseFloat` a bad id and let Postgres refuse it (a 500), or worse act
 * on the number in front of the junk (`5abc` is article 5).
 */

/** Every id is a Postgres `serial`: 1 to 2^31 - 1. */
export const MAX_ID = 2_147_483_647

/** A positive integer of at most 10 digits, within `serial`, and nothing else (no sign, space, 0x, 1e3…). */
export const isValidId = (value: string): boolean =>
  /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ID

export const NOT_FOUND: Problem = problem(404, 'Not Found')

type Token = { literal: string } | { param: string; optional: boolean }

const readPattern = (path: string): Token[] | null => {
  const tokens: Token[] = []
  for (const part of path.split('/').filter(Boolean)) {
    const param = /^:(\w+)(\?)?$/.exec(part)
    if (param) tokens.push({ param: param[1] as string, optional: param[2] === '?' })
    else if (/^[\w.~-]+$/.test(part)) tokens.push({ literal: part.toLowerCase() })
    else return null
  }
  // Only a last parameter may be optional in this reading.
  if (tokens.slice(0, -1).some((token) => 'param' in token && token.optional)) return null
  return tokens
}

const patterns = new Map<string, Token[] | null>()

/** A route pattern as path-to-regexp 6 (Payload's) reads the plain ones; null for anything fancier. */
export const parsePattern = (path: string): Token[] | null => {
  const known = patterns.get(path)
  if (known !== undefined) return known
  const tokens = readPattern(path)
  patterns.set(path, tokens)
  return tokens
}

/**
 * The parameters of `segments` (already percent-decoded) under `path`, or null when it does not
 * match, or 'unknown' when the pattern is beyond this reader. Literals match regardless of case,
 * as path-to-regexp's default does.
 */
export const matchPattern = (
  path: string,
  segments: string[],
): Record<string, string> | null | 'unknown' => {
  const tokens = parsePattern(path)
  if (!tokens) return 'unknown'
  const params: Record<string, string> = {}
  const last = tokens[tokens.length - 1]
  const optionalLast = last !== undefined && 'param' in last && last.optional
  if (segments.length > tokens.length || segments.length < tokens.length - (optionalLast ? 1 : 0))
    return null
  for (const [i, segment] of segments.entries()) {
    const token = tokens[i] as Token
    if ('literal' in token) {
      if (segment.toLowerCase() !== token.literal) return null
    } else {
      if (segment === '') return null
      params[token.param] = segment
    }
  }
  return params
}

export type RouteTarget = {
  kind: 'collection' | 'global'
  slug: string
  /** The endpoint Payload will run, with the parameters it will see. */
  endpoint?: { path: string; params: Record<string, string> }
}

/**
 * The collection or global `segments` (the part after /api/, decoded) address and the endpoint
 * Payload will pick for `method`: the first one whose method and path match, as Payload's
 * `handleEndpoints` does. Undefined when the route is not a collection's or a global's, or
 * when a custom endpoint's pattern is beyond `matchPattern` (then nothing is checked).
 */
export const resolveRoute = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): RouteTarget | undefined => {
  const [first, ...rest] = segments
  let kind: RouteTarget['kind']
  let slug: string | undefined
  let endpoints: Endpoint[] | false
  let remainder: string[]
  if (first === 'globals') {
    const global = config.globals.find((each) => each.slug === rest[0])
    if (!global) return undefined
    kind = 'global'
    slug = global.slug
    endpoints = global.endpoints
    remainder = rest.slice(1)
  } else {
    const collection = config.collections.find((each) => each.slug === first)
    if (!collection) return undefined
    kind = 'collection'
    slug = collection.slug
    endpoints = collection.endpoints
    remainder = rest
  }
  if (!endpoints) return { kind, slug }
  const wanted = method.toLowerCase()
  for (const endpoint of endpoints) {
    if (endpoint.method !== wanted) continue
    const params = matchPattern(endpoint.path, remainder)
    if (params === 'unknown') return undefined
    if (params) return { kind, slug, endpoint: { path: endpoint.path, params } }
  }
  return { kind, slug }
}

/** Auth's `/verify/:id` takes the emailed token, not a document id. */
const TOKEN_ROUTES = new Set(['/verify/:id'])

/**
 * A route whose `:id` cannot name a document: answered 404, as a document that does not exist
 * is. Payload's own endpoints use `:id` for document and version ids (all serials), except the
 * verification token above; a custom endpoint that calls its parameter `id` is held to the same.
 */
export const checkRouteIds = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): Problem | null => {
  const endpoint = resolveRoute(config, method, segments)?.endpoint
  const id = endpoint?.params.id
  if (endpoint === undefined || id === undefined || TOKEN_ROUTES.has(endpoint.path)) return null
  return isValidId(id) ? null : NOT_FOUND
}

/** `where[or][0][id][in]` → ['where', 'or', '0', 'id', 'in'], as qs splits a key; null if not a `where` key. */
export const bracketPath = (key: string): string[] | null => {
  const open = key.indexOf('[')
  const head = open === -1 ? key : key.slice(0, open)
  if (head !== 'where') return null
  const path = ['where']
  const brackets = /\[([^[\]]*)\]/g
  let match = brackets.exec(key)
  while (match) {
    path.push(match[1] as string)
    match = brackets.exec(key)
  }
  return path
}

/** The largest integer a Postgres `integer` column compares with; beyond it Postgres refuses. */
const PG_INTEGER = 2_147_483_647

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const EQUALITY_OPERATORS = new Set(['equals', 'not_equals'])
const ORDER_OPERATORS = new Set([
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

/**
 * The relationship and upload fields of the collection `segments` address whose values are
 * serial ids (one target collection, without a custom id): what `where` may compare with ids.
 */
export const relationFieldsOf = (config: SanitizedConfig, segments: string[]): Set<string> => {
  const collection = config.collections.find((each) => each.slug === segments[0])
  const names = new Set<string>()
  for (const field of collection?.flattenedFields ?? []) {
    if (field.type !== 'relationship' && field.type !== 'upload') continue
    if (typeof field.relationTo !== 'string') continue
    const target = config.collections.find((each) => each.slug === field.relationTo)
    const customId = target?.flattenedFields.find((each) => each.name === 'id')
    if (target && (!customId || customId.type === 'number')) names.add(field.name)
  }
  return names
}

const notAnId = (field: string, operator: string, value: string) =>
  problem(
    400,
    `where[${field}][${operator}] holds ${JSON.stringify(value)}, which is not an id: ids are integers from 1 to ${MAX_ID}.`,
  )

/**
 * What is wrong with one `where` comparison of an id, or null. Payload hands such values to
 * Postgres after `parseFloat` (ids) or as they are (relations): `1,abc` or `1.5` make it fail
 * with a 500. So lists of ids (`in`, `not_in`, `all`) must hold ids only, a relation equals an
 * id (or `null`, "no relation"), and an id compared with a number needs a Postgres integer.
 * Text compared with the `id` itself, and an empty value for a relation, stay allowed: Payload
 * reads them as "matches nothing".
 */
const checkIdComparison = (
  field: string,
  isRelation: boolean,
  operator: string,
  value: string,
  indexed: boolean,
): Problem | null => {
  // An empty value for a relation is read by Payload as "matches nothing"; for `id` it is not.
  if (isRelation && value.trim() === '') return null
  if (LIST_OPERATORS.has(operator)) {
    // where[id][in]=1,2 is a comma-separated list; where[id][in][0]=1 one element of a list.
    const bad = (indexed ? [value] : value.split(',')).find((id) => !isValidId(id.trim()))
    return bad === undefined ? null : notAnId(field, operator, bad)
  }
  if (isRelation && EQUALITY_OPERATORS.has(operator)) {
    const trimmed = value.trim()
    return trimmed === 'null' || isValidId(trimmed) ? null : notAnId(field, operator, value)
  }
  if (!isRelation && (EQUALITY_OPERATORS.has(operator) || ORDER_OPERATORS.has(operator))) {
    const number = value.trim() === '' ? Number.NaN : Number(value)
    const comparable =
      Number.isNaN(number) || (Number.isInteger(number) && Math.abs(number) <= PG_INTEGER)
    return comparable ? null : notAnId(field, operator, value)
  }
  return null
}

/**
 * What is wrong with the `where` of a query string (or of the form body a POST with
 * `X-HTTP-Method-Override: GET` carries), or null. Payload reads `where=text` and `where[0]=…`
 * (a list) as a query it then fails on with a 500, and passes ids to Postgres unchecked (see
 * `checkIdComparison`). `relations` are the collection's fields that hold ids.
 */
export const checkWhere = (
  params: URLSearchParams,
  relations: ReadonlySet<string> = new Set(),
): Problem | null => {
  for (const [key, value] of params) {
    const path = bracketPath(key)
    if (!path) continue
    if (path.length === 1)
      return problem(
        400,
        'The where parameter must be an object, like where[slug][equals]=value, not text.',
      )
    const top = path[1] as string
    if (top === '' || /^\d+$/.test(top))
      return problem(
        400,
        'The where parameter must be an object, like where[slug][equals]=value, not a list.',
      )
    // The comparison is the last field/operator pair: where[or][0][id][in](optionally [n]).
    const indexed = path.length >= 4 && /^\d*$/.test(path[path.length - 1] as string)
    const operator = path[path.length - (indexed ? 2 : 1)] as string
    const field = path[path.length - (indexed ? 3 : 2)] as string
    const isId = field === 'id' || field.endsWith('.id')
    const isRelation = !isId && relations.has(field)
    if (!isId && !isRelation) continue
    const found = checkIdComparison(field, isRelation, operator, value, indexed)
    if (found) return found
  }
  return null
}
