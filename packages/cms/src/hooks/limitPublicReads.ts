import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Anonymous REST and GraphQL reads get at most this many documents a page and this depth of
 * populated relations; larger values are clamped, never refused, so a client always gets an
 * answer, and never one that takes the database down. The site's own Local API reads are exempt.
 */
export const PUBLIC_MAX_LIMIT = 100
export const PUBLIC_MAX_DEPTH = 2

type ReadArgs = { limit?: number; depth?: number; pagination?: boolean }

export const limitPublicReads: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user || req.payloadAPI === 'local') return args
  const read = args as ReadArgs
  const limit = Number(read.limit)
  const depth = Number(read.depth)
  return {
    ...args,
    pagination: true,
    limit: limit > 0 ? Math.min(limit, PUBLIC_MAX_LIMIT) : Math.min(10, PUBLIC_MAX_LIMIT),
    depth: Number.isFinite(depth) ? Math.max(0, Math.min(depth, PUBLIC_MAX_DEPTH)) : undefined,
  }
}
