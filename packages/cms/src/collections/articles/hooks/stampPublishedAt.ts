import type { CollectionBeforeChangeHook } from 'payload'
import { liveRowBefore, readerContent } from '../../../hooks/liveRow'

/**
 * The first publish stamps `publishedAt`, and later saves keep it, so the byline date is stable.
 * A later publish that changes what readers read (title, excerpt, body) stamps
 * `contentUpdatedAt`, which the page shows as "Updated"; fixing picks or SEO fields does not.
 */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  if (!data.publishedAt && !originalDoc?.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  const before = originalDoc?.id ? liveRowBefore(req, 'articles', originalDoc.id) : undefined
  if (
    before?._status === 'published' &&
    before.content !== readerContent({ ...originalDoc, ...data })
  ) {
    return { ...data, contentUpdatedAt: new Date().toISOString() }
  }
  return data
}
