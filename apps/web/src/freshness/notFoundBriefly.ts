import { unstable_cache } from 'next/cache'
import { notFound } from 'next/navigation'
import { MISS_FRESH_SECONDS } from './missCaching'

/**
 * Next gives a rendered answer the shortest `revalidate` of the cache entries it read, and has
 * no other way to set one per render: reading this entry, one for all misses, turns a 404's
 * `s-maxage` of a year into seconds. Found pages never read it and keep theirs.
 */
const readBriefly = unstable_cache(async () => true, ['miss'], { revalidate: MISS_FRESH_SECONDS })

/** For a page with nothing to show: the site's 404, kept by caches for seconds only. */
export const notFoundBriefly = async (): Promise<never> => {
  await readBriefly()
  notFound()
}

/** For a route handler with nothing to answer: a plain 404, kept by caches for seconds only. */
export const notFoundResponseBriefly = async (): Promise<Response> => {
  await readBriefly()
  return new Response('Not Found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  })
}
