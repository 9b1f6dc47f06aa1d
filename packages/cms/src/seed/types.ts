import { z } from 'zod'

/** Demo content is plain data checked by these schemas; `lexical.ts` turns bodies into rich text. */
export const blockSchema = z.union([
  z.object({ h2: z.string().min(1) }),
  z.object({ h3: z.string().min(1) }),
  /** Paragraph text; `[label](https://…)` becomes a link. */
  z.object({ p: z.string().min(1) }),
  z.object({ ul: z.array(z.string().min(1)).min(1) }),
  z.object({ ol: z.array(z.string().min(1)).min(1) }),
  z.object({ quote: z.string().min(1) }),
])
export type Block = z.infer<typeof blockSchema>

const key = z.string().regex(/^[a-z0-9-]+$/)

export const seedTopicSchema = z.object({
  key,
  name: z.string(),
  description: z.string(),
  clinical: z.boolean().default(false),
})
export const seedAuthorSchema = z.object({
  key,
  name: z.string(),
  jobTitle: z.string(),
  credentials: z.string().optional(),
  bio: z.array(z.string()).min(1),
})
export const seedDisclaimerSchema = z.object({
  key,
  title: z.string(),
  kind: z.enum(['medical', 'general']),
  isDefault: z.boolean().default(false),
  paragraphs: z.array(z.string()).min(1),
})
export const seedArticleSchema = z.object({
  key,
  title: z.string(),
  excerpt: z.string(),
  topics: z.array(key).min(1),
  authors: z.array(key).min(1),
  /** Empty: the site default disclaimer. */
  disclaimer: key.optional(),
  alsoBrowsed: z.array(key).max(6).default([]),
  publishedDaysAgo: z.number().int().min(0),
  /** A medical review: who (an author with credentials) and how many days ago. */
  review: z.object({ by: key, daysAgo: z.number().int().min(0) }).optional(),
  status: z.enum(['published', 'draft']).default('published'),
  body: z.array(blockSchema).min(1),
})

export type SeedTopic = z.input<typeof seedTopicSchema>
export type SeedAuthor = z.input<typeof seedAuthorSchema>
export type SeedDisclaimer = z.input<typeof seedDisclaimerSchema>
export type SeedArticle = z.input<typeof seedArticleSchema>
