// @ts-check
import fs from 'node:fs'
import path from 'node:path'
import { RedisStringsHandler } from '@trieb.work/nextjs-turbo-redis-cache'
import { isMiss } from './isMiss.mjs'

/**
 * Next's cache (pages, route responses, `unstable_cache`) in the Redis at REDIS_URL, shared by
 * every instance: `@trieb.work/nextjs-turbo-redis-cache` (chosen by measurement,
 * bench/results/*-cache-handlers.md) behind four small fixes of ours:
 *
 * 1. An entry keeps its `cacheControl`. The package drops it, and Next 16.4 treats an entry
 *    without one, written by another instance, as due after 1 s: each instance rendered every
 *    page once more.
 * 2. No call waits for Redis longer than CALL_TIMEOUT_MS. A hung Redis (its connections open,
 *    nothing answered) held every render for as long as it hung; now a read that times out is a
 *    miss (the page renders from the database), and for BREAKER_OPEN_MS after it no call is
 *    even tried.
 * 3. A `revalidateTag` that could not reach Redis is retried until it does: otherwise the
 *    pages a publish changed would be served from Redis, stale, after it came back.
 * 4. No 4xx is stored (as missFreeCacheHandler.mjs does for the file system): one entry per
 *    made-up address would fill Redis. The entry a miss replaces is already gone: a
 *    revalidation deletes entries in Redis, on every instance.
 *
 * Plain JavaScript: Next imports the cache handler at run time, outside its bundles.
 */

/** What a render waits for Redis at most, per call (a local Redis answers in about 2 ms). */
export const CALL_TIMEOUT_MS = 250
/** After a call timed out, how long calls go straight to their fallback. */
export const BREAKER_OPEN_MS = 1_000
/** How often revalidations Redis missed are tried again. */
const RETRY_MS = 500
/** Where the entry's cacheControl travels inside the stored value. */
const CACHE_CONTROL = 'groundworkCacheControl'

/** @param {string} url */
const databaseOf = (url) => Number(new URL(url).pathname.slice(1) || 0)

/** @param {string | undefined} serverDistDir */
const buildIdOf = (serverDistDir) => {
  try {
    return serverDistDir
      ? fs.readFileSync(path.join(serverDistDir, '..', 'BUILD_ID'), 'utf8').trim()
      : 'dev'
  } catch {
    return 'dev'
  }
}

/** @param {number} ms */
const timeout = (ms) => {
  /** @type {NodeJS.Timeout | undefined} */
  let timer
  const promise = new Promise((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms)
  })
  return { promise, cancel: () => clearTimeout(timer) }
}
const TIMED_OUT = Symbol('timed out')

/**
 * @typedef {{ get: (key: string, ctx: any) => Promise<any>, set: (key: string, data: any, ctx: any) => Promise<void>, revalidateTag: (tags: string | string[], ...rest: any[]) => Promise<void> }} Inner
 */

/**
 * The process's one connection to the shared cache (Next makes a handler object per request).
 * @param {{ redisUrl: string, serverDistDir?: string, inner?: Inner, log?: (line: string) => void }} options
 */
export const createSharedStore = ({
  redisUrl,
  serverDistDir,
  inner: given,
  log = (line) => console.error(line),
}) => {
  /** @type {Inner} */
  const inner =
    given ??
    /** @type {Inner} */ (
      /** @type {unknown} */ (
        new RedisStringsHandler({
          redisUrl,
          database: databaseOf(redisUrl),
          // Entries of one build only: an instance of another build never reads them.
          keyPrefix: `groundwork:cache:${buildIdOf(serverDistDir)}:`,
          // Above our own limit, so that ours decides (and opens the breaker).
          getTimeoutMs: 2 * CALL_TIMEOUT_MS,
          // Entries without a time limit (ours are expired by tag) leave Redis after 14 days.
          defaultStaleAge: 14 * 24 * 60 * 60,
          estimateExpireAge: (/** @type {number} */ staleAge) => staleAge,
          // No copy of entries in each instance's memory (the package keeps one for 10 s): it is
          // emptied by a pub/sub message, which may arrive after the reader's next request, or
          // never while Redis is away. A read from Redis costs about a millisecond.
          inMemoryCachingTime: 0,
          // Each instance keeps the map of tags in memory, kept in step by pub/sub; messages
          // missed while Redis was away are caught up by this full re-read.
          avgResyncIntervalMs: 60_000,
          socketOptions: {
            connectTimeout: 1_000,
            // Back off to 2 s between attempts while Redis is away: every attempt logs a line.
            reconnectStrategy: (/** @type {number} */ retries) =>
              Math.min(100 * 2 ** retries, 2_000),
          },
        })
      )
    )
  let openUntil = 0
  /** @type {Set<string>} */
  const pendingTags = new Set()
  /** @type {NodeJS.Timeout | undefined} */
  let retryTimer

  /**
   * @template T
   * @param {string} what
   * @param {() => Promise<T>} work
   * @param {T} fallback
   * @returns {Promise<{ ok: true, value: T } | { ok: false, value: T }>}
   */
  const bounded = async (what, work, fallback) => {
    if (Date.now() < openUntil) return { ok: false, value: fallback }
    const limit = timeout(CALL_TIMEOUT_MS)
    try {
      const result = await Promise.race([work(), limit.promise])
      if (result !== TIMED_OUT) return { ok: true, value: /** @type {T} */ (result) }
      if (Date.now() >= openUntil) {
        log(
          `Shared cache: Redis did not answer a ${what} within ${CALL_TIMEOUT_MS} ms; ` +
            `rendering without it for ${BREAKER_OPEN_MS / 1000} s`,
        )
      }
      openUntil = Date.now() + BREAKER_OPEN_MS
      return { ok: false, value: fallback }
    } catch {
      // The package has logged it already.
      return { ok: false, value: fallback }
    } finally {
      limit.cancel()
    }
  }

  const retryPending = () => {
    retryTimer ??= setInterval(async () => {
      if (pendingTags.size === 0) return
      const tags = [...pendingTags]
      const { ok } = await bounded('revalidation', () => inner.revalidateTag(tags), undefined)
      if (!ok) return
      for (const tag of tags) pendingTags.delete(tag)
      log(`Shared cache: Redis is back; expired ${tags.length} tag(s) it had missed`)
      if (pendingTags.size === 0) {
        clearInterval(retryTimer)
        retryTimer = undefined
      }
    }, RETRY_MS)
    retryTimer.unref()
  }

  return {
    /** @param {string} key @param {any} ctx */
    get: async (key, ctx) => {
      const { value: entry } = await bounded('read', () => inner.get(key, ctx), null)
      const value = entry?.value
      if (!value || typeof value !== 'object' || !(CACHE_CONTROL in value)) return entry
      const { [CACHE_CONTROL]: cacheControl, ...rest } = value
      return { ...entry, value: rest, ...(cacheControl ? { cacheControl } : {}) }
    },
    /** @param {string} key @param {any} data @param {any} ctx */
    set: async (key, data, ctx) => {
      if (isMiss(data)) return
      const kept =
        data && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') && ctx?.cacheControl
          ? { ...data, [CACHE_CONTROL]: ctx.cacheControl }
          : data
      await bounded('write', () => inner.set(key, kept, ctx), undefined)
    },
    /** @param {string | string[]} tags @param {unknown[]} rest */
    revalidateTag: async (tags, ...rest) => {
      const list = [tags].flat()
      const { ok } = await bounded(
        'revalidation',
        () => inner.revalidateTag(list, ...rest),
        undefined,
      )
      if (ok) return
      for (const tag of list) pendingTags.add(tag)
      log(
        `Shared cache: Redis missed a revalidation of ${list.join(', ')}; retrying until it is back`,
      )
      retryPending()
    },
    /** Tags waiting for Redis (for tests). */
    pendingTags: () => [...pendingTags],
  }
}

/** @type {ReturnType<typeof createSharedStore> | undefined} */
let processStore

/** Next's `cacheHandler` contract, over the one store of this process. */
export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string }} ctx */
  constructor(ctx) {
    const redisUrl = process.env.REDIS_URL
    if (!redisUrl) throw new Error('RedisCacheHandler needs REDIS_URL')
    processStore ??= createSharedStore({ redisUrl, serverDistDir: ctx?.serverDistDir })
    this.store = processStore
  }
  /** @param {string} key @param {any} ctx */
  get(key, ctx) {
    return this.store.get(key, ctx)
  }
  /** @param {string} key @param {any} data @param {any} ctx */
  set(key, data, ctx) {
    return this.store.set(key, data, ctx)
  }
  /** @param {string | string[]} tags @param {unknown[]} rest */
  revalidateTag(tags, ...rest) {
    return this.store.revalidateTag(tags, ...rest)
  }
  resetRequestCache() {}
}
