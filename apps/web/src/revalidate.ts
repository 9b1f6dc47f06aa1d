import { type OnContentChange, tagsForChange } from '@groundwork/cms'
import { revalidateTag } from 'next/cache'

/**
 * Expires the cache entries of what changed. `expire: 0` makes the next request render fresh
 * content instead of serving the stale page once (Next's default stale-while-revalidate).
 */
export const revalidateContent: OnContentChange = (change) => {
  for (const tag of tagsForChange(change)) revalidateTag(tag, { expire: 0 })
}
