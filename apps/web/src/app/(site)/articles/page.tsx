import { ArticleListPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { pageMetadata } from '../../../metadata/pageMetadata'
import { getArticleListPage } from '../../../queries/articleList'
import { siteDeps } from '../../../queries/deps'

export const revalidate = false
export const metadata: Metadata = pageMetadata({ title: 'All articles', path: '/articles' })

const Page = async () => {
  const model = await getArticleListPage(await siteDeps(), 1)
  if (!model) notFound()
  return <ArticleListPage model={model} />
}

export default Page
