import type { ContentChange } from '@groundwork/cms'

/** Which addresses of one reader route a change shows on first. */
type ShowsChange = (change: ContentChange) => string[]

const own =
  (prefix: string, source: ContentChange['source']): ShowsChange =>
  (change) =>
    change.source === source
      ? (change.slugs ?? []).map((slug) => `${prefix}/${encodeURIComponent(slug)}`)
      : []

/** Deeper pages, and pages nothing stores, follow on their own (within the proxy's second). */
const followsOnItsOwn: ShowsChange = () => []

/**
 * Every reader route under src/app/(site), by its folder, with the addresses a change shows on
 * first: these the production proxy is asked to fetch anew at once. A route missing here would
 * be served stale by the proxy, so a test (readerPages.unit) fails for any page file not listed.
 */
export const readerPages: Record<string, ShowsChange> = {
  'articles/[slug]': own('/articles', 'articles'),
  'home/[view]': (change) =>
    change.source === 'authors' || change.source === 'topics' ? [] : ['/'],
  'articles/page/[n]': (change) => (change.source === 'articles' ? ['/articles'] : []),
  'authors/[slug]': own('/authors', 'authors'),
  'topics/[slug]': own('/topics', 'topics'),
  'topics/[slug]/page/[n]': followsOnItsOwn,
  search: followsOnItsOwn,
  '[...unknown]': followsOnItsOwn,
}

/** The reader pages a change shows on first, each address once. */
export const pagesShowing = (change: ContentChange): string[] => [
  ...new Set(Object.values(readerPages).flatMap((shows) => shows(change))),
]
