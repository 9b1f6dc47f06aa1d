import type { RelationshipField } from 'payload'

export const ALSO_BROWSED_MAX = 6

const idOf = (value: unknown): string | undefined => {
  if (value && typeof value === 'object' && 'id' in value) return String(value.id)
  return value === null || value === undefined ? undefined : String(value)
}

/** True when the picks name the article they belong to. */
export const picksItself = (picks: unknown, articleId: unknown): boolean =>
  articleId !== undefined &&
  Array.isArray(picks) &&
  picks.some((pick) => idOf(pick) === String(articleId))

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
  validate: (value, { id }) => {
    if (picksItself(value, id)) return 'An article cannot list itself under "also browsed".'
    if (Array.isArray(value) && value.length > ALSO_BROWSED_MAX) {
      return `Pick at most ${ALSO_BROWSED_MAX} articles under "also browsed".`
    }
    return true
  },
}
