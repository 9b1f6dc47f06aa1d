import { type ArticleListPageModel, articleListPageSchema } from '@groundwork/ui'
import { getCardPage } from './articleCards'
import type { QueryDeps } from './cache'

/** `/articles` and its later pages; null past the last page. */
export const getArticleListPage = async (
  deps: QueryDeps,
  page: number,
): Promise<ArticleListPageModel | null> => {
  const cardPage = await getCardPage(deps, { page })
  if (!cardPage) return null
  return articleListPageSchema.parse({
    articles: cardPage.cards,
    pagination: { page, totalPages: cardPage.totalPages, basePath: '/articles' },
  })
}
