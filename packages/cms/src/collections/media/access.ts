import type { Access, FieldAccess, Where } from 'payload'
import { hasRole } from '../../roles'

/**
 * Readers (no session) see a media document only while published content shows it, or once an
 * editor marked it public: an upload for an embargoed article stays unseen, with its filename,
 * alt text and file, until the article goes live. Signed-in callers (staff, API keys that read
 * drafts) see every upload. The same rule guards the file itself (`/api/media/file/...`).
 */
export const readMedia: Access = ({ req }) => {
  if (req.user) return true
  const shown: Where[] = [{ public: { equals: true } }, { usedByPublished: { equals: true } }]
  return { or: shown }
}

/**
 * An image that published content shows changes what readers see the moment it is replaced:
 * only editors and admins may change it. Contributors change uploads nobody reads yet.
 */
export const updateMedia: Access = ({ req }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!hasRole(req.user, 'contributor')) return false
  // Rows from before the flags existed hold null: that is "no".
  const off = (field: string): Where => ({
    or: [{ [field]: { equals: false } }, { [field]: { exists: false } }],
  })
  return { and: [off('usedByPublished'), off('public')] }
}

/** Written by the content hooks only. */
export const noOne: FieldAccess = () => false
