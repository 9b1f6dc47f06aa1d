import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  CollectionSlug,
} from 'payload'
import { liveRowAfter, liveRowBeforeSave } from '../../../hooks/liveRow'
import { mediaIdsOf } from '../mediaIdsOf'
import { refreshMediaInUse } from '../mediaInUse'

const beforeKey = (collection: string, id: unknown) => `mediaShownBefore:${collection}:${id}`

/** The images readers see a row show: none while it is a draft (collections with drafts). */
const shownBy = (row: Record<string, unknown> | null | undefined): number[] =>
  row && (row._status === undefined || row._status === 'published') ? mediaIdsOf(row) : []

/** Ids in one list and not the other: the only images whose use this save can change. */
const changedBetween = (before: number[], after: number[]) => [
  ...before.filter((id) => !after.includes(id)),
  ...after.filter((id) => !before.includes(id)),
]

/**
 * Keeps each media document's `usedByPublished` true exactly while published content shows it,
 * for every collection that can show media. Only the images a save starts or stops showing
 * readers are recounted: a draft save, or an edit that keeps the same images, recounts nothing
 * (a recount looks through every published body).
 */
export const trackMediaInUse = (collection: CollectionSlug) => {
  const beforeChange: CollectionBeforeChangeHook = async ({ operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return
    const live = await liveRowBeforeSave(req, collection, originalDoc)
    req.context[beforeKey(collection, originalDoc.id)] = shownBy(live)
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
    const live = await liveRowAfter(req, collection, doc)
    const before = (req.context[beforeKey(collection, doc.id)] as number[] | undefined) ?? []
    await refreshMediaInUse(req, changedBetween(before, shownBy(live)))
    return doc
  }

  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await refreshMediaInUse(req, mediaIdsOf(doc))
  }

  return { beforeChange, afterChange, afterDelete }
}

/** A collection's hooks with the media tracking added (for collections without drafts). */
export const withMediaInUse = (
  collection: CollectionSlug,
  hooks: CollectionConfig['hooks'] = {},
): CollectionConfig['hooks'] => {
  const track = trackMediaInUse(collection)
  return {
    ...hooks,
    beforeChange: [...(hooks.beforeChange ?? []), track.beforeChange],
    afterChange: [track.afterChange, ...(hooks.afterChange ?? [])],
    afterDelete: [track.afterDelete, ...(hooks.afterDelete ?? [])],
  }
}
