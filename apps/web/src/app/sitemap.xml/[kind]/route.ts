import { buildSitemapIndex } from '@groundwork/ui'
import { absoluteUrl } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getSitemapPlan } from '@/queries/discovery'

/**
 * The sitemap index at `/sitemap.xml`, where crawlers and robots.txt look; next.config.ts
 * rewrites it to `/sitemap.xml/index` so that it is built on its first request, not by
 * `next build`. `sitemaps/sitemap.ts` splits the URLs with `generateSitemaps`, for which Next
 * serves each part but no index.
 */
export const revalidate = false
export const dynamic = 'force-static'

type Context = { params: Promise<{ kind: string }> }

export const GET = async (_request: Request, { params }: Context) => {
  if ((await params).kind !== 'index') return new Response('Not Found', { status: 404 })
  const plan = await getSitemapPlan(await siteDeps())
  const xml = buildSitemapIndex(plan.map((_, id) => absoluteUrl(`/sitemaps/sitemap/${id}.xml`)))
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
