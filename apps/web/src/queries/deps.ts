import config from '@payload-config'
import { getPayload } from 'payload'
import { nextCache, type QueryDeps } from './cache'

let deps: Promise<QueryDeps> | undefined

/**
 * What the site's routes hand to queries: the Local API and Next's persistent cache. One object
 * for the process, so React's per-request `cache()` recognises repeated calls.
 */
export const siteDeps = (): Promise<QueryDeps> => {
  deps ??= getPayload({ config }).then(
    (payload) => ({ payload, cached: nextCache }),
    (error: unknown) => {
      // The database was down: the next request tries again instead of failing for good.
      deps = undefined
      throw error
    },
  )
  return deps
}
