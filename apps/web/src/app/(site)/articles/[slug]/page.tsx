import { ArticlePage, JsonLd } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { articleMetadata, articleStructuredData } from '../../../../metadata/articleMetadata'
import { getArticlePage } from '../../../../queries/article'
import { siteDeps } from '../../../../queries/deps'
import { getSiteChrome } from '../../../../queries/site'
import { renderNextImage } from '../../renderNextImage'

type Props = { params: Promise<{ slug: string }> }

// Rendered on the first request, then served from the cache until a tag it carries changes.
export const dynamic = 'force-static'

const load = async ({ params }: Props) => {
  const deps = await siteDeps()
  const [article, site] = await Promise.all([
    getArticlePage((await params).slug, deps),
    getSiteChrome(deps),
  ])
  return { article, site }
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const { article, site } = await load(props)
  return article ? articleMetadata(article, site.name) : {}
}

const Page = async (props: Props) => {
  const { article, site } = await load(props)
  if (!article) notFound()
  return (
    <>
      <JsonLd data={articleStructuredData(article, site.name)} />
      <ArticlePage article={article} renderImage={renderNextImage} />
    </>
  )
}

export default Page
