import { unstable_cache } from 'next/cache'
import type { Payload, TypedUser } from 'payload'

/**
 * How a query keeps what it read. `key` names the entry (every parameter goes in it); `tags`
 * name every document the read touched, so a change to any of them expires the entry and every
 * page that used it. In Next the entry is persisted; outside Next (tests, scripts) reads go
 * straight through, and a test may pass a recording adapter to check the tags.
 */
export type Cached = <T>(key: string[], tags: string[], read: () => Promise<T>) => Promise<T>

export const nextCache: Cached = (key, tags, read) => unstable_cache(read, key, { tags })()

export const noCache: Cached = (_key, _tags, read) => read()

/**
 * `draft` is set only for a signed-in staff member previewing: reads then return the latest
 * draft with that user's own access, and nothing is cached (pass `noCache`).
 */
export type QueryDeps = { payload: Payload; cached: Cached; draft?: { user: TypedUser } }
