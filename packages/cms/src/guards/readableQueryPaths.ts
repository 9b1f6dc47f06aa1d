import {
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type FlattenedField,
  type PayloadRequest,
  QueryError,
} from 'payload'

/**
 * A query may only filter or sort by what its caller could read. Payload adds the related
 * collection's read rule when a `where` crosses a relationship (`createdBy.email`), but on draft
 * reads and draft saves it adds it to a copy it then throws away, so staff could read others'
 * emails letter by letter with `like`. We refuse, before Payload runs, any path that crosses into
 * a collection the caller may not read in full: a filter through it would tell what the caller
 * cannot see. Paths that stop at the relation's id (`createdBy`, `user.value`) cross nothing.
 */

const OPERATIONS = new Set(['read', 'count', 'countVersions', 'readDistinct', 'update', 'delete'])

/** Version queries (findVersions runs as a `read`) name the document's fields under `version.`. */
const VERSION_PREFIXES = new Set(['version', 'latest', 'snapshot'])

const targetsOf = (field: FlattenedField): CollectionSlug[] => {
  if (field.type === 'join') return [field.collection].flat() as CollectionSlug[]
  if (field.type === 'relationship' || field.type === 'upload') return [field.relationTo].flat()
  return []
}

const readableInFull = async (req: PayloadRequest, slug: CollectionSlug) => {
  const read = req.payload.collections[slug]?.config.access.read
  return read ? (await read({ req })) === true : Boolean(req.user)
}

/** The first collection the path crosses into that the caller may not read in full, if any. */
const unreadableHop = async (
  req: PayloadRequest,
  fields: FlattenedField[],
  segments: string[],
): Promise<CollectionSlug | undefined> => {
  let current = fields
  for (let i = 0; i < segments.length; i++) {
    const field = current.find((candidate) => 'name' in candidate && candidate.name === segments[i])
    // Unknown names are Payload's to refuse.
    if (!field) return undefined
    if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
      current = field.flattenedFields
      continue
    }
    const targets = targetsOf(field)
    if (targets.length === 0) return undefined
    let rest = segments.slice(i + 1)
    // A polymorphic relation is stored as { relationTo, value }: those two are its own columns.
    if (targets.length > 1 || Array.isArray((field as { relationTo?: unknown }).relationTo)) {
      if (rest[0] === 'relationTo') return undefined
      if (rest[0] === 'value') rest = rest.slice(1)
    }
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return undefined
    for (const target of targets) {
      if (!(await readableInFull(req, target))) return target
    }
    const [only] = targets
    if (targets.length > 1 || !only) return undefined
    current = req.payload.collections[only].config.flattenedFields
    segments = rest
    i = -1
  }
  return undefined
}

const pathsOfWhere = (where: unknown, into: string[] = []): string[] => {
  if (typeof where !== 'object' || where === null) return into
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      for (const inner of value) pathsOfWhere(inner, into)
    } else into.push(key)
  }
  return into
}

const pathsOfSort = (sort: unknown): string[] =>
  (Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : [])
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim().replace(/^-/, ''))

/** Every path a query names: its `where`, its `sort`, and the `where` and `sort` of its joins. */
const queriedPaths = (args: Record<string, unknown>) => {
  const paths = [...pathsOfWhere(args.where), ...pathsOfSort(args.sort)]
  const joins = args.joins
  const joinPaths: { join: string; paths: string[] }[] = []
  if (typeof joins === 'object' && joins !== null) {
    for (const [join, options] of Object.entries(joins)) {
      if (typeof options !== 'object' || options === null) continue
      const { where, sort } = options as { where?: unknown; sort?: unknown }
      joinPaths.push({ join, paths: [...pathsOfWhere(where), ...pathsOfSort(sort)] })
    }
  }
  return { paths, joinPaths }
}

const segmentsOf = (path: string, fields: FlattenedField[]) => {
  // GraphQL spells nested paths with double underscores.
  const segments = path.replace(/__/g, '.').split('.')
  const [first = ''] = segments
  if (VERSION_PREFIXES.has(first) && !fields.some((field) => field.name === first)) segments.shift()
  return segments
}

export const refuseUnreadableQueries: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (!OPERATIONS.has(operation) || overrideAccess) return args
  const query = args as Record<string, unknown>
  const { paths, joinPaths } = queriedPaths(query)
  const refused: { path: string }[] = []
  for (const path of paths) {
    if (
      await unreadableHop(
        req,
        collection.flattenedFields,
        segmentsOf(path, collection.flattenedFields),
      )
    )
      refused.push({ path })
  }
  for (const { join, paths: inJoin } of joinPaths) {
    const field = collection.flattenedFields.find((f) => f.name === join)
    const [target] = field ? targetsOf(field) : []
    if (!target) continue
    const fields = req.payload.collections[target].config.flattenedFields
    for (const path of inJoin) {
      if (await unreadableHop(req, fields, segmentsOf(path, fields)))
        refused.push({ path: `${join}.${path}` })
    }
  }
  if (refused.length > 0) throw new QueryError(refused)
  return args
}
