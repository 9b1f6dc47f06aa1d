import type { TopicPageModel } from '@groundwork/ui'
import { cache } from 'react'
import { z } from 'zod'
import type { QueryDeps } from '../cache'
import { parsePageParam } from '../pageParam'
import { getTopicPage } from '../topic'
import { foundOrMissing, MISSING, viewOf } from './view'

const topicPage = cache(async (deps: QueryDeps, slug: string, page: number) =>
  foundOrMissing<TopicPageModel>(await getTopicPage(deps, slug, page)),
)

/** `/topics/<slug>` and `/topics/<slug>/page/<n>`: nothing for an unknown topic or page. */
export const getTopicView = viewOf(
  z.object({ slug: z.string(), n: z.string().optional() }),
  (deps, { slug, n }) => {
    const page = n === undefined ? 1 : parsePageParam(n)
    return page ? topicPage(deps, slug, page) : Promise.resolve(MISSING)
  },
)
