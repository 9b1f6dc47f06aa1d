import type { ArticleCard, SiteChrome } from '@groundwork/ui'
import { cache } from 'react'
import { z } from 'zod'
import type { QueryDeps } from '../cache'
import { getHomePage } from '../home'
import { getSiteChrome } from '../site'
import { found, viewOf } from './view'

export type HomeView = { site: SiteChrome; articles: ArticleCard[] }

const home = cache(async (deps: QueryDeps) => {
  const [site, { articles }] = await Promise.all([getSiteChrome(deps), getHomePage(deps)])
  return found<HomeView>({ site, articles })
})

/** `/` (rewritten to `/home/latest`): the newest articles. No other view exists. */
export const getHomeView = viewOf(z.object({ view: z.literal('latest') }), home)
