import { ArticleListPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { pageMetadata } from '@/metadata/pageMetadata'
import { getArticleListPage } from '@/queries/articleList'
import { siteDeps } from '@/queries/deps'
import { parsePageParam } from '@/queries/pageParam'
import { getSiteChrome } from '@/queries/site'

type Props = { params: Promise<{ n: string }> }

export const dynamic = 'force-static'

/**
 * Page 1 is `/articles`, rewritten here by next.config.ts so that it too is rendered on its first
 * request rather than by the build; `/articles/page/1` itself redirects to `/articles`.
 */
const pageNumber = (n: string) => (n === '1' ? 1 : parsePageParam(n))

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { n } = await params
  if (pageNumber(n) !== 1) return { title: `All articles, page ${n}` }
  const site = await getSiteChrome(await siteDeps())
  return pageMetadata({
    title: 'All articles',
    description: `Every article on ${site.name}, newest first. ${site.description}`,
    path: '/articles',
  })
}

const Page = async ({ params }: Props) => {
  const page = pageNumber((await params).n)
  const model = page ? await getArticleListPage(await siteDeps(), page) : null
  if (!model) return notFoundBriefly()
  return <ArticleListPage model={model} />
}

export default Page
