import type { ArticleListPageModel, SiteChrome } from '@groundwork/ui'
import { cache } from 'react'
import { z } from 'zod'
import { getArticleListPage } from '../articleList'
import type { QueryDeps } from '../cache'
import { parsePageParam } from '../pageParam'
import { getSiteChrome } from '../site'
import { found, MISSING, type View, viewOf } from './view'

export type ArticleListView = { list: ArticleListPageModel; site: SiteChrome }

const listPage = cache(async (deps: QueryDeps, page: number): Promise<View<ArticleListView>> => {
  const [list, site] = await Promise.all([getArticleListPage(deps, page), getSiteChrome(deps)])
  return list ? found({ list, site }) : MISSING
})

/**
 * `/articles` (rewritten to `/articles/page/1`, so that it too renders on first request) and its
 * later pages; nothing past the last.
 */
export const getArticleListView = viewOf(z.object({ n: z.string() }), (deps, { n }) => {
  const page = n === '1' ? 1 : parsePageParam(n)
  return page ? listPage(deps, page) : Promise.resolve(MISSING)
})
