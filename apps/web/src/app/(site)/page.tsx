import { HomePage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { pageMetadata } from '../../metadata/pageMetadata'
import { siteDeps } from '../../queries/deps'
import { getHomePage } from '../../queries/home'
import { getSiteChrome } from '../../queries/site'

/** Static until an article is published, changed or removed (tag `articles:list`). */
export const revalidate = false

export const generateMetadata = async (): Promise<Metadata> => {
  const site = await getSiteChrome(await siteDeps())
  return pageMetadata({ title: site.name, path: '/', siteName: site.name })
}

const Page = async () => {
  const deps = await siteDeps()
  const [site, home] = await Promise.all([getSiteChrome(deps), getHomePage(deps)])
  return <HomePage siteName={site.name} articles={home.articles} />
}

export default Page
