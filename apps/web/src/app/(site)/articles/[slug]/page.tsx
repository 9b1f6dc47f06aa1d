import type { Metadata } from 'next'
import { metadataOf, showView } from '@/app/(site)/showView'
import { articleMetadata } from '@/metadata/articleMetadata'
import { readerDeps } from '@/preview/readerDeps'
import { getArticleView } from '@/queries/views/articleView'
import { ArticleScreen } from './ArticleScreen'

type Props = { params: Promise<{ slug: string }> }

/**
 * No article is rendered at build time: each is rendered on its first request, then served from
 * the cache until a tag it carries changes. In draft mode (staff previewing) the page renders per
 * request and Next stores nothing.
 */
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []

const load = async ({ params }: Props) => getArticleView(await readerDeps(), await params)

export const generateMetadata = async (props: Props): Promise<Metadata> =>
  metadataOf(await load(props), ({ article, siteName, preview }) => ({
    ...articleMetadata(article, siteName),
    ...(preview ? { robots: { index: false, follow: false } } : {}),
  }))

const Page = async (props: Props) =>
  showView(await load(props), ArticleScreen, (slug) => `/articles/${slug}`)

export default Page
