import type { ArticleCard } from './model'

/** The box always offers at least this many reads when the site has them. */
export const ALSO_BROWSED_MIN = 3

/**
 * Editorial picks first, in the editor's order; then the newest articles of the same topics
 * until the box holds `ALSO_BROWSED_MIN`. Never the article itself, never one twice.
 */
export const alsoBrowsedList = (
  selfSlug: string,
  picks: ArticleCard[],
  newestOfSameTopics: ArticleCard[],
): ArticleCard[] => {
  const chosen: ArticleCard[] = []
  const taken = new Set([selfSlug])
  const add = (card: ArticleCard) => {
    if (taken.has(card.slug)) return
    taken.add(card.slug)
    chosen.push(card)
  }
  picks.forEach(add)
  for (const card of newestOfSameTopics) {
    if (chosen.length >= ALSO_BROWSED_MIN) break
    add(card)
  }
  return chosen
}
