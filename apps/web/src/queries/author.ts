import { slugSchema } from '@groundwork/cms'
import { type AuthorPageModel, authorPageSchema } from '@groundwork/ui'
import { getCardPage } from './articleCards'
import { getAuthorBySlug, toAuthor } from './authors'
import type { QueryDeps } from './cache'

/** An author's profile and their newest published articles; null for an unknown author. */
export const getAuthorPage = async (
  deps: QueryDeps,
  slug: string,
): Promise<AuthorPageModel | null> => {
  if (!slugSchema.safeParse(slug).success) return null
  const author = await getAuthorBySlug(deps, slug)
  if (!author) return null
  const cardPage = await getCardPage(deps, { page: 1, author: author.id })
  return authorPageSchema.parse({ author: toAuthor(author), articles: cardPage?.cards ?? [] })
}
