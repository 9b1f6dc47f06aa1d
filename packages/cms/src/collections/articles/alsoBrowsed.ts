import type { FieldHook, RelationshipField } from 'payload'
import { idOf, idsOf } from '../../relations'
import { ALSO_BROWSED_MAX } from './alsoBrowsedRule'

/** True when the picks name the article they belong to. */
export const picksItself = (picks: unknown, articleId: unknown): boolean =>
  articleId !== undefined &&
  Array.isArray(picks) &&
  picks.some((pick) => String(idOf(pick)) === String(articleId))

/**
 * Anonymous API callers see only picks they may read: a picked draft would otherwise show up as
 * a bare id in a published article. The site's own reads filter picks in their query already.
 */
const hideUnreadablePicks: FieldHook = async ({ value, req }) => {
  if (req.user || req.payloadAPI === 'local' || !Array.isArray(value) || value.length === 0) {
    return value
  }
  const ids = idsOf(value)
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { and: [{ id: { in: ids } }, { _status: { equals: 'published' } }] },
    select: {},
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const readable = new Set(docs.map((doc) => String(doc.id)))
  return value.filter((pick) => readable.has(String(idOf(pick))))
}

/**
 * Editorial picks for "People who read this article also browsed". The picker hides the
 * article itself; saving it anyway (over the API) is refused with a message that says why.
 */
export const alsoBrowsedField: RelationshipField = {
  name: 'alsoBrowsed',
  label: 'Also browsed',
  type: 'relationship',
  relationTo: 'articles',
  hasMany: true,
  maxRows: ALSO_BROWSED_MAX,
  admin: {
    description: `Up to ${ALSO_BROWSED_MAX} other articles, in the order readers see them. Empty places are filled with the newest articles of the same topics.`,
  },
  filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
  hooks: { afterRead: [hideUnreadablePicks] },
  validate: (value, { id }) => {
    if (picksItself(value, id)) return 'An article cannot list itself under "also browsed".'
    if (Array.isArray(value) && value.length > ALSO_BROWSED_MAX) {
      return `Pick at most ${ALSO_BROWSED_MAX} articles under "also browsed".`
    }
    return true
  },
}
