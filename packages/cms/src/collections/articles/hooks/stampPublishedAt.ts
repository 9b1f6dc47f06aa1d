import type { CollectionBeforeChangeHook } from 'payload'

/** The first publish stamps `publishedAt`; later saves keep it, so the byline date is stable. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  if (data._status === 'published' && !data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
