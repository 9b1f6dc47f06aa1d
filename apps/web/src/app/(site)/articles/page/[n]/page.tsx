import { ArticleListPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticleListPage } from '../../../../../queries/articleList'
import { siteDeps } from '../../../../../queries/deps'
import { parsePageParam } from '../../../../../queries/pageParam'

type Props = { params: Promise<{ n: string }> }

export const dynamic = 'force-static'

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => ({
  title: `All articles, page ${(await params).n}`,
})

const Page = async ({ params }: Props) => {
  const page = parsePageParam((await params).n)
  const model = page ? await getArticleListPage(await siteDeps(), page) : null
  if (!model) notFound()
  return <ArticleListPage model={model} />
}

export default Page
