/**
 * Where staff preview an article: a route in the app that checks the session, turns on Next's
 * draft mode and opens the real article page. The CMS only knows the address.
 */
export const PREVIEW_PATH = '/preview'

export const previewUrl = (serverUrl: string, slug: unknown): string | null =>
  typeof slug === 'string' && slug
    ? `${serverUrl}${PREVIEW_PATH}?${new URLSearchParams({ path: `/articles/${slug}` })}`
    : null
