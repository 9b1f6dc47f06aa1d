// @ts-check

/**
 * An answer saying "not found" or any other 4xx, which no cache of the app keeps: one entry per
 * made-up address would fill the disk or Redis (missFreeCacheHandler.mjs).
 * @param {unknown} data what Next hands a cache handler's `set`
 */
export const isMiss = (data) =>
  typeof data === 'object' &&
  data !== null &&
  'kind' in data &&
  (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE') &&
  'status' in data &&
  typeof data.status === 'number' &&
  data.status >= 400 &&
  data.status < 500
