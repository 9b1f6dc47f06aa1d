import { ArticlePage } from '@groundwork/ui'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getArticlePage } from '../../../../queries/article'
import { siteDeps } from '../../../../queries/deps'
import { HeroImage } from './HeroImage'

type Props = { params: Promise<{ slug: string }> }

// Rendered on the first request, then served from the cache until a tag it carries changes.
export const revalidate = false
export const dynamic = 'force-static'

const load = async ({ params }: Props) => getArticlePage((await params).slug, await siteDeps())

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const article = await load(props)
  return article ? { title: article.title, description: article.excerpt ?? undefined } : {}
}

const Page = async (props: Props) => {
  const article = await load(props)
  if (!article) notFound()
  const hero = article.heroImage ? <HeroImage image={article.heroImage} /> : null
  return <ArticlePage article={article} hero={hero} />
}

export default Page
