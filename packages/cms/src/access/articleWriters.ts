import type { Access, PayloadRequest, Where } from 'payload'
import { readLiveRow } from '../hooks/liveRow'
import { hasRole } from '../roles'

/**
 * Contributors write drafts; editors and admins decide what readers see. Payload asks these
 * rules with the data about to be saved (and the admin asks with `_status: 'published'` to
 * decide whether to show the Publish button), so a contributor's publish is refused on every
 * surface and the button is hidden in /admin.
 */
const wantsPublished = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && '_status' in data && data._status === 'published'

/** A contributor's own work that readers cannot see yet (never published, or unpublished). */
const ownUnpublished = (userId: number | string): Where => ({
  and: [{ createdBy: { equals: userId } }, { _status: { not_equals: 'published' } }],
})

export const createArticles: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  return hasRole(req.user, 'contributor') && !wantsPublished(data)
}

/**
 * Payload checks the query below against the latest *version*: once anyone saved a draft on top
 * of a published article, that version reads "draft". The live row says whether readers see the
 * article, so it is read too: a contributor's save must never unpublish it.
 */
const isLive = async (req: PayloadRequest, id: number | string) => {
  const live = await readLiveRow(req, 'articles', id)
  return live?._status === 'published'
}

export const updateArticles: Access = async ({ req, data, id }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!req.user || !hasRole(req.user, 'contributor') || wantsPublished(data)) return false
  if (id !== undefined && (await isLive(req, id))) return false
  return ownUnpublished(req.user.id)
}

export const deleteArticles: Access = ({ req }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!req.user || !hasRole(req.user, 'contributor')) return false
  return ownUnpublished(req.user.id)
}
