import { ArticlePage, JsonLd, PreviewBanner } from '@groundwork/ui'
import { renderNextImage, renderPreviewImage } from '@/app/(site)/renderNextImage'
import { articleStructuredData } from '@/metadata/articleMetadata'
import { exitPreviewHref } from '@/preview/paths'
import type { ArticleView } from '@/queries/views/articleView'
import { parseEnv } from '@/runtime/env'
import { LivePreviewRefresh } from './LivePreviewRefresh'

/** An article as readers see it, or as staff preview it (banner, live refresh, unoptimised images). */
export const ArticleScreen = ({ article, siteName, preview }: ArticleView) => (
  <>
    {preview ? (
      <>
        <PreviewBanner exitHref={exitPreviewHref(`/articles/${article.slug}`)} />
        <LivePreviewRefresh serverURL={parseEnv(process.env).SERVER_URL} />
      </>
    ) : null}
    <JsonLd data={articleStructuredData(article, siteName)} />
    <ArticlePage article={article} renderImage={preview ? renderPreviewImage : renderNextImage} />
  </>
)
