import { HomePage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getHomePage } from '@/queries/home'
import { getSiteChrome } from '@/queries/site'

type Props = { params: Promise<{ view: string }> }

/**
 * The home page, `/`, which next.config.ts rewrites here: a route with a dynamic segment is
 * rendered on its first request instead of by the build. Then static until an article is
 * published, changed or removed (tag `articles:list`).
 */
export const dynamic = 'force-static'

const checkView = async ({ params }: Props) => {
  if ((await params).view !== 'latest') await notFoundBriefly()
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  await checkView(props)
  const site = await getSiteChrome(await siteDeps())
  const metadata = pageMetadata({
    title: site.name,
    description: site.description,
    path: '/',
    siteName: site.name,
  })
  // The layout's "<page> · <site>" template reaches this page now that it sits below the layout.
  return { ...metadata, title: { absolute: site.name } }
}

const Page = async (props: Props) => {
  await checkView(props)
  const deps = await siteDeps()
  const [site, home] = await Promise.all([getSiteChrome(deps), getHomePage(deps)])
  return <HomePage siteName={site.name} articles={home.articles} />
}

export default Page
