import { buildRss } from '@groundwork/ui'
import { absoluteUrl } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getFeedArticles } from '@/queries/discovery'
import { getSiteSettings } from '@/queries/site'

/**
 * `/feed.xml`, rewritten to `/feed.xml/rss` by next.config.ts: a route with a dynamic segment is
 * built on its first request, not by `next build`, then served from the cache until a tag it read
 * (articles, authors, site) changes.
 */
export const revalidate = false
export const dynamic = 'force-static'

type Context = { params: Promise<{ format: string }> }

export const GET = async (_request: Request, { params }: Context) => {
  if ((await params).format !== 'rss') return new Response('Not Found', { status: 404 })
  const deps = await siteDeps()
  const [site, articles] = await Promise.all([getSiteSettings(deps), getFeedArticles(deps)])
  const xml = buildRss({
    title: site.name,
    url: absoluteUrl('/'),
    feedUrl: absoluteUrl('/feed.xml'),
    description: site.description,
    items: articles.map((article) => ({
      title: article.title,
      url: absoluteUrl(`/articles/${article.slug}`),
      description: article.excerpt,
      publishedAt: article.publishedAt,
      author: article.authorName,
    })),
  })
  return new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
}
