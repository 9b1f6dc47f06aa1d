import type { CollectionSlug, Field } from 'payload'

/**
 * What is wrong with a write's raw data, checked against the fields before Payload touches it:
 * Payload turns an object into the text "[object Object]", passes unknown ids to Postgres (a
 * foreign-key 500) and crashes on malformed rich text. Each problem names the field.
 */
export type InputProblem = { path: string; message: string }

/** Node types the admin's editor writes; anything else (a table, a script) is refused. */
const RICH_TEXT_NODES = new Set([
  'root',
  'paragraph',
  'text',
  'heading',
  'list',
  'listitem',
  'quote',
  'link',
  'autolink',
  'linebreak',
  'tab',
  'upload',
  'relationship',
  'horizontalrule',
])
const RICH_TEXT_MAX_DEPTH = 24
const RICH_TEXT_MAX_NODES = 50_000
export const MAX_EMAIL_LENGTH = 254
const MAX_ID = 2_147_483_647

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const isId = (value: unknown) => {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof id === 'number' && Number.isInteger(id) && id > 0 && id <= MAX_ID
}

const relationId = (value: unknown) => (isObject(value) && 'id' in value ? value.id : value)

/** Rich text must be a Lexical tree of known nodes, of sane depth and size. */
export const richTextProblem = (value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  if (!isObject(value) || !isObject(value.root)) return 'must be rich text (a Lexical document)'
  let nodes = 0
  const visit = (node: unknown, depth: number): string | undefined => {
    if (!isObject(node) || typeof node.type !== 'string') return 'has a node without a type'
    if (!RICH_TEXT_NODES.has(node.type))
      return `has a "${node.type}" node, which the editor does not make`
    if (depth > RICH_TEXT_MAX_DEPTH) return `is nested deeper than ${RICH_TEXT_MAX_DEPTH} levels`
    if (++nodes > RICH_TEXT_MAX_NODES) return `has more than ${RICH_TEXT_MAX_NODES} nodes`
    if (node.children === undefined) return undefined
    if (!Array.isArray(node.children)) return 'has children that are not a list'
    for (const child of node.children) {
      const problem = visit(child, depth + 1)
      if (problem) return problem
    }
    return undefined
  }
  return value.root.type === 'root' ? visit(value.root, 0) : 'must start with a root node'
}

const valueProblem = (field: Field, value: unknown): string | undefined => {
  if (value === null || value === undefined) return undefined
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'code':
      if (field.type === 'text' && field.hasMany)
        return Array.isArray(value) ? undefined : 'must be a list'
      return typeof value === 'string' ? undefined : 'must be text'
    case 'date':
      return typeof value === 'string' || value instanceof Date ? undefined : 'must be a date'
    case 'email':
      if (typeof value !== 'string') return 'must be text'
      return value.length > MAX_EMAIL_LENGTH
        ? `must be at most ${MAX_EMAIL_LENGTH} characters`
        : undefined
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number'
    case 'checkbox':
      return typeof value === 'boolean' ? undefined : 'must be true or false'
    case 'select':
    case 'radio': {
      const values = field.type === 'select' && field.hasMany ? value : [value]
      const allowed = field.options.map((option) =>
        typeof option === 'string' ? option : option.value,
      )
      if (
        !Array.isArray(values) ||
        values.some((v) => typeof v !== 'string' || !allowed.includes(v))
      ) {
        return `must be one of: ${allowed.join(', ')}`
      }
      return undefined
    }
    case 'relationship':
    case 'upload': {
      if (Array.isArray(field.relationTo)) return undefined
      const ids = field.hasMany ? value : [value]
      if (!Array.isArray(ids)) return 'must be a list of ids'
      return ids.every((id) => isId(relationId(id))) ? undefined : 'must name documents by id'
    }
    case 'richText':
      return richTextProblem(value)
    case 'group':
    case 'array':
    case 'blocks':
    case 'json':
      if (field.type === 'group') return isObject(value) ? undefined : 'must be an object'
      return undefined
    default:
      return undefined
  }
}

const hasNul = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return value.includes('\u0000')
  if (depth > 64 || typeof value !== 'object' || value === null) return false
  return Object.entries(value).some(([key, v]) => key.includes('\u0000') || hasNul(v, depth + 1))
}

export const containsNul = (value: unknown) => hasNul(value)

/** Problems of `data` against `fields`, recursing into groups and layout-only containers. */
export const inputProblems = (fields: Field[], data: unknown, prefix = ''): InputProblem[] => {
  if (!isObject(data)) return []
  return fields.flatMap((field): InputProblem[] => {
    if (field.type === 'row' || field.type === 'collapsible') {
      return inputProblems(field.fields, data, prefix)
    }
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) =>
        'name' in tab && tab.name
          ? inputProblems(tab.fields, data[tab.name], `${prefix}${tab.name}.`)
          : inputProblems(tab.fields, data, prefix),
      )
    }
    if (!('name' in field) || !(field.name in data)) return []
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    const problem = valueProblem(field, value)
    if (problem) return [{ path, message: `${path} ${problem}.` }]
    if (field.type === 'group' && isObject(value))
      return inputProblems(field.fields, value, `${path}.`)
    return []
  })
}

/** Relationship values in `data` per target collection, for the existence check. */
export type RelationIds = { path: string; relationTo: CollectionSlug; ids: number[] }

export const relationIds = (fields: Field[], data: unknown): RelationIds[] => {
  if (!isObject(data)) return []
  return fields.flatMap((field) => {
    if (field.type === 'row' || field.type === 'collapsible') return relationIds(field.fields, data)
    if (field.type === 'group') {
      const name = 'name' in field ? field.name : undefined
      const nested = name ? data[name] : data
      return relationIds(field.fields, nested).map((r) => ({
        ...r,
        path: name ? `${name}.${r.path}` : r.path,
      }))
    }
    if (
      (field.type !== 'relationship' && field.type !== 'upload') ||
      Array.isArray(field.relationTo)
    )
      return []
    const value = data[field.name]
    if (value === null || value === undefined) return []
    const ids = (Array.isArray(value) ? value : [value]).map((v) => Number(relationId(v)))
    return ids.length > 0 ? [{ path: field.name, relationTo: field.relationTo, ids }] : []
  })
}
