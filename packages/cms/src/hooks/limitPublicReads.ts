import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Anonymous REST and GraphQL reads get at most this many documents a page and this depth of
 * populated relations; larger values are clamped, never refused, so a client always gets an
 * answer, and never one that takes the database down. The site's own Local API reads are exempt.
 */
export const PUBLIC_MAX_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 2

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean; page?: number }

/** Pages past this would make Postgres compute an OFFSET nobody reads; anything else is page 1. */
const MAX_PAGE = 1_000_000
const safePage = (page: unknown) => {
  const n = Number(page)
  return Number.isInteger(n) && n >= 1 ? Math.min(n, MAX_PAGE) : 1
}

export const limitPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.payloadAPI === 'local') return args
  const read = args as ReadArgs
  // For everyone, staff too: a page number Postgres cannot take is a 500 otherwise.
  if (read.page !== undefined) read.page = safePage(read.page)
  if (req.user) return args
  const limit = Number(read.limit)
  const depth = Number(read.depth)
  return {
    ...args,
    pagination: true,
    limit: limit > 0 ? Math.min(limit, PUBLIC_MAX_LIMIT) : Math.min(10, PUBLIC_MAX_LIMIT),
    depth: Number.isFinite(depth) ? Math.max(0, Math.min(depth, PUBLIC_MAX_DEPTH)) : undefined,
  }
}
