import type { CollectionBeforeOperationHook, SanitizedCollectionConfig } from 'payload'

/**
 * Anonymous REST and GraphQL reads get at most this many documents a page, in a list and in each
 * join of its documents (an author's `articles`), and this depth of populated relations; larger
 * values are clamped, never refused, so a client always gets an answer, and never one that takes
 * the database down. The site's own Local API reads are exempt.
 */
export const PUBLIC_MAX_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 2

/** Payload's page size when none is asked for, in lists and in joins. */
const DEFAULT_LIMIT = 10

type JoinArgs = { limit?: number; page?: number } & Record<string, unknown>
type ReadArgs = {
  /** Set only by Payload itself, when it reads the documents a relation points to. */
  currentDepth?: number
  limit?: number
  depth?: number
  pagination?: boolean
  page?: number
  joins?: false | Record<string, JoinArgs | false>
}

/** Pages past this would make Postgres compute an OFFSET nobody reads; anything else is page 1. */
const MAX_PAGE = 1_000_000
const safePage = (page: unknown) => {
  const n = Number(page)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1
}

/** `limit` within 1 to the cap; 0, negative or missing (Payload: everything) is `fallback`. */
const publicLimit = (limit: unknown, fallback: number) => {
  const n = Number(limit)
  return n > 0 ? Math.min(n, PUBLIC_MAX_LIMIT) : Math.min(fallback, PUBLIC_MAX_LIMIT)
}

/** Every join the collection's documents carry, by the path `joins` names it with. */
const joinsOf = (collection: SanitizedCollectionConfig) => [
  ...Object.values(collection.joins).flat(),
  ...collection.polymorphicJoins,
]

/**
 * The joins of a read with their pages made safe: for everyone a page Postgres can take; for
 * anonymous callers also a limit within the cap on every join, the ones the request does not
 * name included (a join field's own default may be 0, "all").
 */
const safeJoins = (
  collection: SanitizedCollectionConfig,
  joins: ReadArgs['joins'],
  anonymous: boolean,
): ReadArgs['joins'] => {
  if (joins === false) return false
  const safe: Record<string, JoinArgs | false> = { ...joins }
  for (const { joinPath, field } of joinsOf(collection)) {
    const join = safe[joinPath]
    if (join === false) continue
    if (!join && !anonymous) continue
    const next: JoinArgs = { ...join }
    if (next.page !== undefined) next.page = safePage(next.page)
    if (anonymous) next.limit = publicLimit(next.limit ?? field.defaultLimit, DEFAULT_LIMIT)
    safe[joinPath] = next
  }
  return safe
}

export const limitPublicReads: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const read = args as ReadArgs
  // For everyone, staff too: a page number Postgres cannot take is a 500 otherwise.
  if (read.page !== undefined) read.page = safePage(read.page)
  if (req.user) {
    if (read.joins) read.joins = safeJoins(collection, read.joins, false)
    return args
  }
  const depth = Number(read.depth)
  const capped = {
    ...args,
    depth: Number.isFinite(depth) ? Math.max(0, Math.min(depth, PUBLIC_MAX_DEPTH)) : undefined,
    joins: safeJoins(collection, read.joins, true),
  }
  // Filling in relations reads every document the page already points to, by id, all at once:
  // a page cap there would leave some relations as bare ids.
  if (read.currentDepth !== undefined) return capped
  return { ...capped, pagination: true, limit: publicLimit(read.limit, DEFAULT_LIMIT) }
}
