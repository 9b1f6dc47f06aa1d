/**
 * Documents read with `id in [...]` come back in the database's order; readers see them in the
 * order they were asked for (a byline, an editor's picks). Ids with no document drop out.
 */
export const inAskedOrder = <D extends { id: number }, T>(
  ids: readonly number[],
  docs: readonly D[],
  as: (doc: D) => T,
): T[] => {
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  return ids.flatMap((id) => {
    const doc = byId.get(id)
    return doc ? [as(doc)] : []
  })
}
