// @ts-check
import fs from 'node:fs/promises'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import { isMiss } from './sharedCache/isMiss.mjs'

/**
 * The app's cache handler (next.config.ts): where Next keeps pages, route responses and
 * `unstable_cache` entries. With REDIS_URL set (read when the server starts), the Redis shared
 * by every instance (`sharedCache/redisCacheHandler.mjs`); without it, Next's own file-system
 * cache, as before. Either keeps no answer saying "not found" or any other 4xx. Next 16.4 stores
 * every answer of an on-demand rendered route, a 404 included, as long as a found page: one
 * entry per made-up address, so anonymous requests could fill the disk. A miss is rendered again
 * on its next request instead (which also shows a slug published later at once), and caches in
 * front keep it for seconds (`freshness/notFoundBriefly.ts`).
 *
 * On the file system, an entry the miss replaces (an article since unpublished or deleted) is
 * removed: the expired tags that hide it are held in memory only, so after a restart it would be
 * served again.
 *
 * Plain JavaScript: Next imports a cache handler at run time, outside its bundles
 * (next.config.ts). It extends a class Next does not document; check it on each Next upgrade
 * (`test/reader/notFound.e2e.test.ts` counts what misses store).
 */
// Node imports the CommonJS module as its `exports`; a bundle Next builds with the handler
// inside (the proxy's, when the app has a `proxy.ts`) as its default export already.
const FileSystemCache = fileSystemCache.default ?? fileSystemCache

/** What each kind of stored answer is written as, besides its metadata file. */
const filesOf = {
  APP_PAGE: ['.html', '.rsc', '.segments'],
  APP_ROUTE: ['.body'],
}

class FileSystemMissFree extends FileSystemCache {
  /** @type {FileSystemCache['set']} */
  async set(key, data, ctx) {
    if (!isMiss(data)) return super.set(key, data, ctx)
    const kind = /** @type {'APP_PAGE' | 'APP_ROUTE'} */ (data?.kind)
    FileSystemCache.memoryCache?.remove(key)
    const files = [...filesOf[kind], '.meta'].map((suffix) => this.getFilePath(key + suffix, kind))
    await Promise.all(files.map((file) => fs.rm(file, { recursive: true, force: true })))
  }
}

/** @typedef {{ get: Function, set: Function, revalidateTag: Function }} Store */

/** @type {Promise<new (ctx: any) => Store> | undefined} */
let sharedCache

/** Next makes one per request; the store behind it is the process's. */
export default class MissFreeCacheHandler {
  /** @param {any} ctx what Next passes a cache handler (build folder, memory cache size) */
  constructor(ctx) {
    if (process.env.REDIS_URL) {
      sharedCache ??= import('./sharedCache/redisCacheHandler.mjs').then((module) => module.default)
      /** @type {Store | Promise<Store>} */
      this.store = sharedCache.then((SharedCache) => new SharedCache(ctx))
    } else {
      this.store = new FileSystemMissFree(ctx)
    }
  }
  /** @param {any[]} args */
  async get(...args) {
    return (await this.store).get(...args)
  }
  /** @param {any[]} args */
  async set(...args) {
    return (await this.store).set(...args)
  }
  /** @param {any[]} args */
  async revalidateTag(...args) {
    return (await this.store).revalidateTag(...args)
  }
  resetRequestCache() {}
}
