// @ts-check
import fs from 'node:fs/promises'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

/**
 * Next's own file-system cache (pages, route responses, `unstable_cache`), except that it keeps
 * no answer saying "not found" or any other 4xx. Next 16.4 stores every answer of an on-demand
 * rendered route, a 404 included, as long as a found page: one entry per made-up address, so
 * anonymous requests could fill the disk. A miss is rendered again on its next request instead
 * (which also shows a slug published later at once), and caches in front keep it for seconds
 * (`freshness/notFoundBriefly.ts`).
 *
 * An entry the miss replaces (an article since unpublished or deleted) is removed: the expired
 * tags that hide it are held in memory only, so after a restart it would be served again.
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

/** @param {unknown} data */
const isMiss = (data) =>
  typeof data === 'object' &&
  data !== null &&
  'kind' in data &&
  (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') &&
  'status' in data &&
  typeof data.status === 'number' &&
  data.status >= 400 &&
  data.status < 500

export default class MissFreeCacheHandler extends FileSystemCache {
  /** @type {FileSystemCache['set']} */
  async set(key, data, ctx) {
    if (!isMiss(data)) return super.set(key, data, ctx)
    const kind = /** @type {'APP_PAGE' | 'APP_ROUTE'} */ (data?.kind)
    FileSystemCache.memoryCache?.remove(key)
    const files = [...filesOf[kind], '.meta'].map((suffix) => this.getFilePath(key + suffix, kind))
    await Promise.all(files.map((file) => fs.rm(file, { recursive: true, force: true })))
  }
}
