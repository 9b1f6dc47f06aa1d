import type { SanitizedConfig } from 'payload'
import { type Problem, problem } from '../errors'
import { isValidId, MAX_ID, PG_INTEGER } from './ids'

/**
 * The `where` of a REST read, checked before Payload turns it into SQL: it must be an object,
 * and where it compares ids, with ids. Payload reads `where=text` and `where[0]=…` (a list) as
 * a query it then fails on with a 500, and passes ids to Postgres unchecked.
 */

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

const notAnObject = (shape: string) =>
  problem(
    400,
    `The where parameter must be an object, like where[slug][equals]=value, not ${shape}.`,
  )

/**
 * What is wrong with the `where` of a query string (or of the form body a POST with
 * `X-HTTP-Method-Override: GET` carries), or null (see `checkIdComparison`). `relations` are
 * the collection's fields that hold ids.
 */
export const checkWhere = (
  params: URLSearchParams,
  relations: ReadonlySet<string> = new Set(),
): Problem | null => {
  for (const [key, value] of params) {
    const path = bracketPath(key)
    if (!path) continue
    if (path.length === 1) return notAnObject('text')
    const top = path[1] as string
    if (top === '' || /^\d+$/.test(top)) return notAnObject('a list')
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

/** The `where` of a query string; the collection's relation fields are looked up only for one. */
export const checkQuery = (
  config: SanitizedConfig,
  segments: string[],
  params: URLSearchParams,
): Problem | null => {
  for (const key of params.keys()) {
    if (key.startsWith('where')) return checkWhere(params, relationFieldsOf(config, segments))
  }
  return null
}

/** The `where` of the JSON body a POST overridden to GET carries: an object, as in a query string. */
export const checkWhereObject = (where: unknown): Problem | null =>
  where === undefined || (typeof where === 'object' && where !== null && !Array.isArray(where))
    ? null
    : problem(400, 'The where parameter must be an object, like {"slug":{"equals":"x"}}.')
