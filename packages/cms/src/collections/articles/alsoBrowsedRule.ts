/**
 * The rule of "People who read this article also browsed", in one place: the field's limit, the
 * query that fills the box and the order readers see. The ui only renders the list it is given.
 */

/** At most this many editorial picks. */
export const ALSO_BROWSED_MAX = 6

/** The box always offers at least this many reads when the site has them. */
export const ALSO_BROWSED_MIN = 3

/**
 * How many of the newest same-topic articles to read so that the box still fills once the
 * article itself and its picks (up to the maximum) are left out.
 */
export const ALSO_BROWSED_FILL_READ = ALSO_BROWSED_MIN + 1 + ALSO_BROWSED_MAX

/**
 * Editorial picks first, in the editor's order; then the newest articles of the same topics
 * until the box holds `ALSO_BROWSED_MIN`. Never the article itself, never one twice.
 */
export const alsoBrowsedList = <Card extends { slug: string }>(
  selfSlug: string,
  picks: Card[],
  newestOfSameTopics: Card[],
): Card[] => {
  const chosen: Card[] = []
  const taken = new Set([selfSlug])
  const add = (card: Card) => {
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
