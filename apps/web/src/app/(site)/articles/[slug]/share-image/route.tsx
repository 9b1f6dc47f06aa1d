import { permanentRedirect } from 'next/navigation'
import { ImageResponse } from 'next/og'
import { notFoundResponseBriefly } from '@/freshness/notFoundBriefly'
import { siteDeps } from '@/queries/deps'
import { getArticleView } from '@/queries/views/articleView'

/**
 * The share card for articles without a hero image (link previews, `og:image`): the article's
 * title and the site's name on the site's calm colours; a 404 for a slug with no article. A route of its own rather than Next's
 * `opengraph-image` file, which would override the hero image of articles that have one. Next's
 * bundled font (Geist) is used, and text is kept to what it covers: a character outside it would
 * make `next/og` fetch a font or emoji from Google or a CDN at render time.
 */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }
export const dynamic = 'force-static'

/** Every character outside Geist-Regular's cmap (read from next/og's bundled font file). */
const notInGeist =
  /[^\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2032\u2033\u2039\u203A\u20AC]/gu

const coveredText = (value: string) => value.replace(notInGeist, ' ').replace(/\s+/g, ' ').trim()

export const GET = async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const view = await getArticleView(await siteDeps(), await params)
  // A renamed article's card moves with it, as its page does.
  if (view.kind === 'moved') permanentRedirect(`/articles/${view.slug}/share-image`)
  if (view.kind === 'missing') return notFoundResponseBriefly()
  const { article } = view.model
  const siteName = coveredText(view.model.siteName)
  const title = coveredText(article.title) || siteName
  const byline = coveredText(article.authors.map((author) => author.name).join(', '))
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#eef3f6',
        color: '#1d2125',
        borderBottom: '16px solid #1f5f8b',
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, color: '#1f5f8b' }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize: title.length > 70 ? 56 : 68, lineHeight: 1.15 }}>
        {title}
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#4f5963' }}>
        {byline ? `By ${byline}` : ''}
      </div>
    </div>,
    SHARE_IMAGE_SIZE,
  )
}
