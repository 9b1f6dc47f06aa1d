import { unstable_cache } from 'next/cache'
import type { Payload, TypedUser } from 'payload'

/**
 * How a query keeps what it read. `key` names the entry (every parameter goes in it); `tags`
 * name every document the read touched, so a change to any of them expires the entry and every
 * page that used it. In Next the entry is persisted; outside Next (tests, scripts) reads go
 * straight through, and a test may pass a recording adapter to check the tags.
 *
 * A read that found nothing answers null, and null is not kept: keys come from addresses anyone
 * can make up (slugs, page numbers), so keeping misses would let anonymous requests fill the
 * disk. The next read of that key asks the database again.
 */
export type Cached = <T>(key: string[], tags: string[], read: () => Promise<T>) => Promise<T>

/** Thrown inside `unstable_cache` so that it stores nothing; never leaves `nextCache`. */
const nothingFound = Symbol('nothing found')

export const nextCache: Cached = async <T>(
  key: string[],
  tags: string[],
  read: () => Promise<T>,
) => {
  const readOrThrow = async () => {
    const value = await read()
    if (value === null) throw nothingFound
    return value
  }
  try {
    return await unstable_cache(readOrThrow, key, { tags })()
  } catch (error) {
    if (error === nothingFound) return null as T
    throw error
  }
}

export const noCache: Cached = (_key, _tags, read) => read()

/**
 * `draft` is set only for a signed-in staff member previewing: reads then return the latest
 * draft with that user's own access, and nothing is cached (pass `noCache`).
 */
export type QueryDeps = { payload: Payload; cached: Cached; draft?: { user: TypedUser } }
