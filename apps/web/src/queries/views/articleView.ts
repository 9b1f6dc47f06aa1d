import type { ArticlePageModel } from '@groundwork/ui'
import { cache } from 'react'
import { z } from 'zod'
import { getArticlePage } from '../article'
import type { QueryDeps } from '../cache'
import { getRedirectTarget } from '../redirect'
import { getSiteChrome } from '../site'
import { found, MISSING, type View, viewOf } from './view'

export type ArticleView = {
  article: ArticlePageModel
  siteName: string
  /** A signed-in staff member's preview of the latest draft, never stored. */
  preview: boolean
}

const bySlug = cache(async (deps: QueryDeps, slug: string): Promise<View<ArticleView>> => {
  const [article, site] = await Promise.all([getArticlePage(deps, slug), getSiteChrome(deps)])
  if (article) return found({ article, siteName: site.name, preview: Boolean(deps.draft) })
  // An article renamed since: its old address moves to the new one.
  const movedTo = await getRedirectTarget(deps, slug)
  return movedTo ? { kind: 'moved', slug: movedTo } : MISSING
})

/** `/articles/<slug>` (and its share image): the article, where it moved, or nothing. */
export const getArticleView = viewOf(z.object({ slug: z.string() }), (deps, { slug }) =>
  bySlug(deps, slug),
)
