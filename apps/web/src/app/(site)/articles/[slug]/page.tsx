import { ArticlePage, JsonLd, PreviewBanner } from '@groundwork/ui'
import type { Metadata } from 'next'
import { permanentRedirect } from 'next/navigation'
import { renderNextImage, renderPreviewImage } from '@/app/(site)/renderNextImage'
import { notFoundBriefly } from '@/freshness/notFoundBriefly'
import { articleMetadata, articleStructuredData } from '@/metadata/articleMetadata'
import { exitPreviewHref } from '@/preview/paths'
import { previewDeps } from '@/preview/previewDeps'
import { getArticlePage } from '@/queries/article'
import { siteDeps } from '@/queries/deps'
import { getRedirectTarget } from '@/queries/redirect'
import { getSiteChrome } from '@/queries/site'
import { parseEnv } from '@/runtime/env'
import { LivePreviewRefresh } from './LivePreviewRefresh'

type Props = { params: Promise<{ slug: string }> }

/**
 * No article is rendered at build time: each is rendered on its first request, then served from
 * the cache until a tag it carries changes. In draft mode (staff previewing) the page renders per
 * request and Next stores nothing.
 */
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []

const load = async ({ params }: Props) => {
  const { slug } = await params
  const preview = await previewDeps()
  const deps = preview ?? (await siteDeps())
  const [article, site] = await Promise.all([
    getArticlePage(slug, deps),
    getSiteChrome(await siteDeps()),
  ])
  return { slug, article, site, preview: preview !== null, deps }
}

export const generateMetadata = async (props: Props): Promise<Metadata> => {
  const { article, site, preview } = await load(props)
  if (!article) return {}
  const metadata = articleMetadata(article, site.name)
  return preview ? { ...metadata, robots: { index: false, follow: false } } : metadata
}

const Page = async (props: Props) => {
  const { slug, article, site, preview, deps } = await load(props)
  if (!article) {
    // An article renamed since: its old address answers a permanent redirect.
    const target = await getRedirectTarget(deps, slug)
    if (target) permanentRedirect(`/articles/${target}`)
    return notFoundBriefly()
  }
  return (
    <>
      {preview ? (
        <>
          <PreviewBanner exitHref={exitPreviewHref(`/articles/${slug}`)} />
          <LivePreviewRefresh serverURL={parseEnv(process.env).SERVER_URL} />
        </>
      ) : null}
      <JsonLd data={articleStructuredData(article, site.name)} />
      <ArticlePage article={article} renderImage={preview ? renderPreviewImage : renderNextImage} />
    </>
  )
}

export default Page
