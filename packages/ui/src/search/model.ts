import { z } from 'zod'

/** A search hit: the article and a short passage with the matched words marked. */
export const searchHitSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
})

export const searchPageSchema = z.object({
  query: z.string(),
  /** Why the query was not run, in words for the reader; null when it ran. */
  problem: z.string().nullable(),
  hits: z.array(searchHitSchema),
})

export type SearchHit = z.infer<typeof searchHitSchema>
export type SearchPageModel = z.infer<typeof searchPageSchema>

/** Limits a query must keep to; the app validates with them before touching the database. */
export const SEARCH_MAX_LENGTH = 100
/** The best matches only: a reader refines the words rather than paging through hundreds. */
export const SEARCH_RESULT_LIMIT = 20
export const searchQuerySchema = z
  .string()
  .trim()
  .max(SEARCH_MAX_LENGTH, `Please shorten your search to ${SEARCH_MAX_LENGTH} characters.`)
  .regex(/^[\p{L}\p{N}\s'’"\-.,:?!&()]*$/u, 'Please search with letters and numbers.')
