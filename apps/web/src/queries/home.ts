import type { ArticleCard } from '@groundwork/ui'
import { cache } from 'react'
import { getNewestCards } from './articleCards'
import type { QueryDeps } from './cache'

export const HOME_ARTICLE_COUNT = 12

export const getHomePage = cache(
  async (deps: QueryDeps): Promise<{ articles: ArticleCard[] }> => ({
    articles: await getNewestCards(deps, { limit: HOME_ARTICLE_COUNT }),
  }),
)
