import type { AdminApi } from '../production/staffSession'

/**
 * What readers and API clients ask for, weighted like a day's traffic: mostly article pages,
 * then lists, discovery pages and API reads. Every path is one the site should answer 200.
 */
export const mixedReaderPaths = async (api: AdminApi) => {
  const published = 'where[_status][equals]=published'
  const [articles, topics, authors] = await Promise.all([
    api('GET', `articles?limit=12&depth=0&${published}&sort=-publishedAt`),
    api('GET', 'topics?limit=3&depth=0'),
    api('GET', 'authors?limit=3&depth=0'),
  ])
  const slugs = (result: { docs: Array<{ slug: string }> }) => result.docs.map((doc) => doc.slug)
  const articlePaths = slugs(articles).map((slug) => `/articles/${slug}`)
  return [
    ...articlePaths,
    ...articlePaths.slice(0, 6),
    '/',
    '/',
    '/articles',
    ...slugs(topics).map((slug) => `/topics/${slug}`),
    ...slugs(authors).map((slug) => `/authors/${slug}`),
    '/search?q=recovery',
    '/feed.xml',
    '/sitemap.xml',
    '/api/articles?limit=5&depth=1',
    `/api/articles?where[slug][equals]=${slugs(articles)[0]}&depth=2`,
  ]
}
