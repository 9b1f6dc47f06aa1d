import { HomePage } from '@groundwork/ui'
import { siteDeps } from '../../queries/deps'
import { getHomePage } from '../../queries/home'
import { getSiteChrome } from '../../queries/site'

/** Static until an article is published, changed or removed (tag `articles:list`). */
export const revalidate = false

const Page = async () => {
  const deps = await siteDeps()
  const [site, home] = await Promise.all([getSiteChrome(deps), getHomePage(deps)])
  return <HomePage siteName={site.name} articles={home.articles} />
}

export default Page
