import type { Access } from 'payload'

/**
 * Readers (no session) get published documents only; staff see drafts too. Every reader-facing
 * Local API call passes `overrideAccess: false`, so this rule holds there as on REST and GraphQL.
 */
export const publishedOrAuthenticated: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
