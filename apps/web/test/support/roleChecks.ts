import type { Operation, Rule } from './roleMatrix'
import type { Kit } from './rolesSurfaces'

/** One document to try a rule on, and whether the rule lets the caller act on it. */
export type Check = {
  spec: { own: boolean; published: boolean }
  allowed: boolean
  label: string
}

/**
 * What to try for one rule of the table: an `own` or `published` rule is tried on a matching
 * document and on another one, so both halves of the rule are proved.
 */
export const checksFor = (rule: Rule, op: Operation, kit: Kit, hasAccount: boolean): Check[] => {
  const published = op === 'unpublish'
  switch (rule) {
    case true:
      return [{ spec: { own: false, published }, allowed: true, label: 'any document' }]
    case false:
      // Where the caller can own one, refuse it even its own (an API key its own account).
      return [
        {
          spec: { own: Boolean(kit.ownable && hasAccount), published },
          allowed: false,
          label: 'refused',
        },
      ]
    case 'own':
      return [
        { spec: { own: true, published }, allowed: true, label: 'own document' },
        { spec: { own: false, published }, allowed: false, label: "someone else's document" },
      ]
    case 'published':
      return [
        { spec: { own: false, published: true }, allowed: true, label: 'published document' },
        { spec: { own: false, published: false }, allowed: false, label: 'draft' },
      ]
  }
}
