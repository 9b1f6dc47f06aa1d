import { z } from 'zod'
import { articleCardSchema, authorSchema } from '../article/model'

export const paginationSchema = z.object({
  page: z.number().int().min(1),
  totalPages: z.number().int().min(0),
  /** Address of page n, e.g. `/articles/page/2`. */
  basePath: z.string(),
})

export const articleListPageSchema = z.object({
  articles: z.array(articleCardSchema),
  pagination: paginationSchema,
})

export const topicPageSchema = z.object({
  name: z.string().min(1),
  slug: z.string().min(1),
  description: z.string().nullable(),
  articles: z.array(articleCardSchema),
  pagination: paginationSchema,
})

export const authorPageSchema = z.object({
  author: authorSchema,
  articles: z.array(articleCardSchema),
})

export type Pagination = z.infer<typeof paginationSchema>
export type ArticleListPageModel = z.infer<typeof articleListPageSchema>
export type TopicPageModel = z.infer<typeof topicPageSchema>
export type AuthorPageModel = z.infer<typeof authorPageSchema>
