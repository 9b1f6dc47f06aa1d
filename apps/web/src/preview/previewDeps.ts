import { hasRole, staffRoles } from '@groundwork/cms'
import { draftMode, headers } from 'next/headers'
import { cache } from 'react'
import { noCache, type QueryDeps } from '../queries/cache'
import { siteDeps } from '../queries/deps'

/**
 * The reads of a preview, or null for everyone else. Draft mode alone proves nothing (the cookie
 * outlives a session): each request checks the signed-in staff member again, reads drafts with
 * that person's own access, and caches nothing, so a draft never reaches the shared cache.
 */
export const previewDeps = cache(async (): Promise<QueryDeps | null> => {
  if (!(await draftMode()).isEnabled) return null
  const { payload } = await siteDeps()
  const { user } = await payload.auth({ headers: await headers() })
  if (!user || !hasRole(user, ...staffRoles)) return null
  return { payload, cached: noCache, draft: { user } }
})
