import { ArticleListPage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { metadataOf, showView } from '@/app/(site)/showView'
import { pageMetadata } from '@/metadata/pageMetadata'
import { siteDeps } from '@/queries/deps'
import { getArticleListView } from '@/queries/views/articleListView'

type Props = { params: Promise<{ n: string }> }

export const dynamic = 'force-static'

const load = async ({ params }: Props) => getArticleListView(await siteDeps(), await params)

export const generateMetadata = async (props: Props): Promise<Metadata> =>
  metadataOf(await load(props), ({ list, site }) =>
    list.pagination.page === 1
      ? pageMetadata({
          title: 'All articles',
          description: `Every article on ${site.name}, newest first. ${site.description}`,
          path: '/articles',
        })
      : { title: `All articles, page ${list.pagination.page}` },
  )

const Page = async (props: Props) =>
  showView(await load(props), ({ list }) => <ArticleListPage model={list} />)

export default Page
