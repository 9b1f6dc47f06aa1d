import { cacheTags } from '@groundwork/cms'
import type { Author } from '@groundwork/cms/payload-types'
import { type Author as AuthorModel, authorSchema } from '@groundwork/ui'
import type { Where } from 'payload'
import type { QueryDeps } from './cache'
import { inAskedOrder } from './inAskedOrder'
import { imageSelect, toImage } from './media'

/** Author profiles as the reader sees them, read by id (article pages) or slug (author pages). */
const authorSelect = {
  name: true,
  slug: true,
  jobTitle: true,
  credentials: true,
  bio: true,
  photo: true,
} as const

type AuthorDoc = Pick<Author, 'id' | keyof typeof authorSelect>

export const toAuthor = (author: AuthorDoc): AuthorModel =>
  authorSchema.parse({
    name: author.name,
    slug: author.slug,
    jobTitle: author.jobTitle ?? null,
    credentials: author.credentials ?? null,
    bio: author.bio ?? null,
    photo: toImage(author.photo),
  })

const findAuthors = async ({ payload }: QueryDeps, where: Where): Promise<AuthorDoc[]> => {
  const { docs } = await payload.find({
    collection: 'authors',
    where,
    select: authorSelect,
    populate: { media: imageSelect },
    depth: 1,
    pagination: false,
    overrideAccess: false,
  })
  return docs
}

/** In the order asked for (the article's byline order). */
export const getAuthorsById = (deps: QueryDeps, ids: number[]) =>
  deps.cached(
    ['authors', ...ids.map(String)],
    [...ids.map((id) => cacheTags.doc('authors', id)), cacheTags.anyMedia],
    async () => inAskedOrder(ids, await findAuthors(deps, { id: { in: ids } }), (a) => a),
  )

export const getAuthorBySlug = (deps: QueryDeps, slug: string) =>
  deps.cached(
    ['author', slug],
    [cacheTags.slug('authors', slug), cacheTags.anyMedia],
    async () => (await findAuthors(deps, { slug: { equals: slug } }))[0] ?? null,
  )
