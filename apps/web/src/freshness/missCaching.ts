/**
 * How long caches in front of the app may keep a "not found" answer: fresh for
 * MISS_FRESH_SECONDS, then served stale while it is fetched again, up to MISS_EXPIRE_SECONDS.
 * The second is Next's `expireTime` (next.config.ts), which only answers with a time-based
 * revalidate use: misses are the only ones, every page that exists is revalidated by tag.
 * Next itself stores no miss (missFreeCacheHandler.mjs).
 */
export const MISS_FRESH_SECONDS = 5
export const MISS_EXPIRE_SECONDS = 60
