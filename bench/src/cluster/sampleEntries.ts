/**
 * Cache entries shaped as Next 16.4 hands them to a `cacheHandler`, and the contexts it passes:
 * a page (APP_PAGE: HTML, RSC payload, segments; tags in its `x-next-cache-tags` header), a
 * route handler's response (APP_ROUTE, the feed or a sitemap: tags in the header only, none in
 * the context) and an `unstable_cache` entry (FETCH: tags in the context).
 */
export type EntryKind = 'page' | 'route' | 'data'

/** What our reader pages declare: no time-based revalidation, expired by tag only. */
const cacheControl = { revalidate: false, expire: undefined }

export const sampleEntry = (kind: EntryKind, tags: string[], bytes: number, status = 200) => {
  const tagHeader = { 'x-next-cache-tags': tags.join(',') }
  if (kind === 'page') {
    return {
      kind: 'APP_PAGE',
      html: `<!DOCTYPE html>${'<p>An article paragraph.</p>'.repeat(Math.ceil((bytes * 0.6) / 28))}`,
      rscData: Buffer.alloc(Math.round(bytes * 0.4), 'r'),
      segmentData: new Map([['/_tree', Buffer.alloc(2_000, 's')]]),
      postponed: undefined,
      headers: tagHeader,
      status,
    }
  }
  if (kind === 'route') {
    return {
      kind: 'APP_ROUTE',
      body: Buffer.alloc(bytes, 'f'),
      status: 200,
      headers: { 'content-type': 'application/rss+xml', ...tagHeader },
    }
  }
  return {
    kind: 'FETCH',
    data: {
      headers: {},
      body: Buffer.from(JSON.stringify({ title: 'x'.repeat(bytes) })).toString('base64'),
      status: 200,
      url: '',
    },
    revalidate: false,
  }
}

export const setContext = (kind: EntryKind, tags: string[]) =>
  kind === 'data'
    ? { fetchCache: true, tags, revalidate: false, fetchUrl: 'unstable_cache bench', fetchIdx: 0 }
    : { cacheControl, isRoutePPREnabled: false, isFallback: false }

export const getContext = (kind: EntryKind, tags: string[]) => {
  if (kind === 'data') {
    return {
      kind: 'FETCH',
      revalidate: false,
      tags,
      softTags: [],
      fetchUrl: 'unstable_cache bench',
      fetchIdx: 0,
      isFallback: false,
    }
  }
  return {
    kind: kind === 'page' ? 'APP_PAGE' : 'APP_ROUTE',
    isRoutePPREnabled: false,
    isFallback: false,
  }
}
