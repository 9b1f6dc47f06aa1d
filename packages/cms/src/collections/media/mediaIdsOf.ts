import { idOf } from '../../relations'
import { mediaUploadIds } from './uploadNodes'

/**
 * Every media document a document shows: its upload fields (hero, photo, SEO image) and the
 * upload nodes of its rich text, at depth 0 or populated.
 */
const UPLOAD_FIELDS = ['heroImage', 'photo'] as const
const RICH_TEXT_FIELDS = ['body', 'bio'] as const

export const mediaIdsOf = (doc: Record<string, unknown> | null | undefined): number[] => {
  if (!doc) return []
  const ids = new Set<number>()
  for (const field of UPLOAD_FIELDS) {
    const id = idOf(doc[field])
    if (typeof id === 'number') ids.add(id)
  }
  const meta = idOf((doc.meta as { image?: unknown } | undefined)?.image)
  if (typeof meta === 'number') ids.add(meta)
  for (const field of RICH_TEXT_FIELDS) for (const id of mediaUploadIds(doc[field])) ids.add(id)
  return [...ids]
}
