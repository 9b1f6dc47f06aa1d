import { type ArticleListPageModel, articleListPageSchema } from '@groundwork/ui'
import { getCardPage } from './articleCards'
import type { QueryDeps } from './cache'

/** `/articles` and its later pages; null past the last page. */
export const getArticleListPage = async (
  deps: QueryDeps,
  page: number,
): Promise<ArticleListPageModel | null> => {
  const { cards, totalPages } = await getCardPage(deps, { page })
  if (page > Math.max(totalPages, 1)) return null
  return articleListPageSchema.parse({
    articles: cards,
    pagination: { page, totalPages, basePath: '/articles' },
  })
}
