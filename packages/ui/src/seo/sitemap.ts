import { escapeXml } from './xml'

/**
 * How a site's URLs are split into sitemaps. Each source (pages, topics, authors, articles) is
 * read in pages of `pageSize`; whole pages are packed into sitemaps of at most `perSitemap` URLs
 * (the protocol's limit is 50,000), so every read stays small and cacheable at any site size.
 */
export type SitemapSource<S extends string> = { source: S; count: number }
export type SitemapPage<S extends string> = { source: S; page: number }

export const SITEMAP_URL_LIMIT = 50_000

export const planSitemaps = <S extends string>(
  sources: readonly SitemapSource<S>[],
  { pageSize = 1000, perSitemap = SITEMAP_URL_LIMIT } = {},
): SitemapPage<S>[][] => {
  const pagesPerSitemap = Math.floor(perSitemap / pageSize)
  if (pagesPerSitemap < 1) throw new Error('A sitemap must hold at least one page of URLs')
  const pages = sources.flatMap(({ source, count }) =>
    Array.from({ length: Math.ceil(count / pageSize) }, (_, i) => ({ source, page: i + 1 })),
  )
  const sitemaps: SitemapPage<S>[][] = []
  for (let i = 0; i < pages.length; i += pagesPerSitemap) {
    sitemaps.push(pages.slice(i, i + pagesPerSitemap))
  }
  return sitemaps
}

/** A sitemap index (sitemaps.org) naming each sitemap by its absolute URL. */
export const buildSitemapIndex = (urls: readonly string[]): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `<sitemap><loc>${escapeXml(url)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n')
