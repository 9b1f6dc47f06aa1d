import type { AuthorPageModel } from '@groundwork/ui'
import { cache } from 'react'
import { z } from 'zod'
import { getAuthorPage } from '../author'
import type { QueryDeps } from '../cache'
import { foundOrMissing, viewOf } from './view'

const authorPage = cache(async (deps: QueryDeps, slug: string) =>
  foundOrMissing<AuthorPageModel>(await getAuthorPage(deps, slug)),
)

/** `/authors/<slug>`: the profile and newest articles, or nothing for an unknown author. */
export const getAuthorView = viewOf(z.object({ slug: z.string() }), (deps, { slug }) =>
  authorPage(deps, slug),
)
