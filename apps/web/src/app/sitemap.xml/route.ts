import { buildSitemapIndex } from '@groundwork/ui'
import { absoluteUrl } from '../../metadata/pageMetadata'
import { siteDeps } from '../../queries/deps'
import { getSitemapPlan } from '../../queries/discovery'

/**
 * The sitemap index, where crawlers and robots.txt look. `sitemaps/sitemap.ts` splits the URLs
 * with `generateSitemaps`, for which Next serves each part but no index.
 */
export const revalidate = false
export const dynamic = 'force-static'

export const GET = async () => {
  const plan = await getSitemapPlan(await siteDeps())
  const xml = buildSitemapIndex(plan.map((_, id) => absoluteUrl(`/sitemaps/sitemap/${id}.xml`)))
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
