import type { Access, PayloadRequest, Where } from 'payload'
import { hasRole } from '../roles'

/**
 * Contributors write drafts; editors and admins decide what readers see. Payload asks these
 * rules with the data about to be saved (and the admin asks with `_status: 'published'` to
 * decide whether to show the Publish button), so a contributor's publish is refused on every
 * surface and the button is hidden in /admin.
 */
const wantsPublished = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && '_status' in data && data._status === 'published'

/**
 * The ids of a contributor's own articles that readers cannot see (never published, or
 * unpublished), read from the live rows. Payload checks an access `where` against the latest
 * *version* on draft saves, bulk ones included, and once anyone saved a draft on top of a
 * published article that version reads "draft". The live row says whether readers see the
 * article, so the rule is an id list from the live rows: it means the same on every operation,
 * by id or by `where`, on the main rows or on the versions (where `id` reads as the parent).
 */
const ownUnpublished = async (req: PayloadRequest, userId: number | string): Promise<Where> => {
  const { docs } = await req.payload.db.find<{ id: number }>({
    collection: 'articles',
    where: { and: [{ createdBy: { equals: userId } }, { _status: { not_equals: 'published' } }] },
    pagination: false,
    select: { id: true },
    req,
  })
  // `in: []` would mean "no filter" to some adapters: a sentinel id nothing has keeps it "none".
  return { id: { in: docs.length > 0 ? docs.map((doc) => doc.id) : [-1] } }
}

export const createArticles: Access = ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  return hasRole(req.user, 'contributor') && !wantsPublished(data)
}

export const updateArticles: Access = async ({ req, data }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!req.user || !hasRole(req.user, 'contributor') || wantsPublished(data)) return false
  return ownUnpublished(req, req.user.id)
}

export const deleteArticles: Access = async ({ req }) => {
  if (hasRole(req.user, 'editor', 'admin')) return true
  if (!req.user || !hasRole(req.user, 'contributor')) return false
  return ownUnpublished(req, req.user.id)
}
