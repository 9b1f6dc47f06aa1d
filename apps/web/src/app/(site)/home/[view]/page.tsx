import { HomePage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { metadataOf, showView } from '@/app/(site)/showView'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getHomeView } from '@/queries/views/homeView'

type Props = { params: Promise<{ view: string }> }

/**
 * The home page, `/`, which next.config.ts rewrites here: a route with a dynamic segment is
 * rendered on its first request instead of by the build. Then static until an article is
 * published, changed or removed (tag `articles:list`).
 */
export const dynamic = 'force-static'

const load = async ({ params }: Props) => getHomeView(await siteDeps(), await params)

export const generateMetadata = async (props: Props): Promise<Metadata> =>
  metadataOf(await load(props), ({ site }) => ({
    ...pageMetadata({
      title: site.name,
      description: site.description,
      path: '/',
      siteName: site.name,
    }),
    // The layout's "<page> · <site>" template reaches this page now that it sits below the layout.
    title: { absolute: site.name },
  }))

const Page = async (props: Props) =>
  showView(await load(props), ({ site, articles }) => (
    <HomePage siteName={site.name} articles={articles} />
  ))

export default Page
