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

/**
 * Keeps each media document's `usedByPublished` true exactly while published content shows it,
 * for every collection that can show media. A draft save leaves what readers see alone, so it
 * changes nothing; a publish, an unpublish, an edit of a live row or a delete recounts the images
 * the row showed before and shows now.
 */
export const trackMediaInUse = (collection: CollectionSlug) => {
  const beforeChange: CollectionBeforeChangeHook = async ({ operation, originalDoc, req }) => {
    if (operation !== 'update' || !originalDoc?.id) return
    const live = await liveRowBeforeSave(req, collection, originalDoc)
    req.context[beforeKey(collection, originalDoc.id)] = mediaIdsOf(live)
  }

  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    const live = await liveRowAfter(req, collection, doc)
    // Versioned collections: a draft save writes a version only, and readers see no change.
    if (live && live.updatedAt !== doc.updatedAt) return doc
    const before = (req.context[beforeKey(collection, doc.id)] as number[] | undefined) ?? []
    await refreshMediaInUse(req, [...before, ...mediaIdsOf(previousDoc), ...mediaIdsOf(live)])
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
