import type { MetadataRoute } from 'next'
import { PHASE_PRODUCTION_BUILD } from 'next/constants'
import { absoluteUrl } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import {
  getLatestArticleUpdate,
  getSitemapEntries,
  getSitemapPlan,
  type SitemapCollection,
} from '@/queries/discovery'

/**
 * Sitemaps of at most 50,000 URLs at `/sitemaps/sitemap/<id>.xml` (Next's URLs for
 * `generateSitemaps`). Next serves no index for them, so `app/sitemap.xml/[kind]/route.ts` lists
 * them at `/sitemap.xml`; this file cannot sit at `app/sitemap.ts`, where Turbopack reports it as
 * conflicting with that route.
 */
export const revalidate = false

const pathOf: Record<SitemapCollection, string> = {
  articles: '/articles',
  topics: '/topics',
  authors: '/authors',
}

/**
 * Next asks for the parts at build, to prerender each, and again when it renders one, to answer
 * 404 for an id past the last. The build gets none, so it never reads the database: each part is
 * rendered on its first request and cached like the other discovery routes.
 */
export const generateSitemaps = async () =>
  process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD
    ? []
    : (await getSitemapPlan(await siteDeps())).map((_, id) => ({ id }))

const sitemap = async ({ id }: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> => {
  const deps = await siteDeps()
  const pages = (await getSitemapPlan(deps))[Number(await id)] ?? []
  const urls: MetadataRoute.Sitemap = []
  for (const { source, page } of pages) {
    if (source === 'pages') {
      const lastModified = (await getLatestArticleUpdate(deps)) ?? undefined
      urls.push(
        { url: absoluteUrl('/'), lastModified },
        { url: absoluteUrl('/articles'), lastModified },
      )
      continue
    }
    for (const entry of await getSitemapEntries(deps, source, page)) {
      urls.push({
        url: absoluteUrl(`${pathOf[source]}/${entry.slug}`),
        lastModified: entry.updatedAt,
      })
    }
  }
  return urls
}

export default sitemap
