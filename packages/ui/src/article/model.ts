import { z } from 'zod'
import { richTextSchema } from '../rich-text/model'

/** View models: what the article page's components accept, checked where the query builds them. */
export const imageSchema = z.object({
  url: z.string().min(1),
  alt: z.string().min(1),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
})

export const authorSchema = z.object({
  name: z.string().min(1),
  slug: z.string().min(1),
  jobTitle: z.string().nullable(),
  credentials: z.string().nullable(),
  bio: richTextSchema.nullable(),
  photo: imageSchema.nullable(),
})

export const articleCardSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().nullable(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
})

export const callToActionSchema = z.object({
  heading: z.string().min(1),
  text: z.string().nullable(),
  linkLabel: z.string().nullable(),
  linkUrl: z.string().nullable(),
})

export const disclaimerSchema = z.object({ title: z.string(), body: richTextSchema })

export const topicLinkSchema = z.object({ name: z.string().min(1), slug: z.string().min(1) })

/** "Medically reviewed by NAME, CREDENTIALS on DATE": only a reviewer with credentials counts. */
export const medicalReviewSchema = z.object({
  reviewer: z.object({
    name: z.string().min(1),
    slug: z.string().min(1),
    credentials: z.string().min(1),
  }),
  reviewedAt: z.iso.datetime({ offset: true }),
})

/** What search engines and link previews show; the page's own title and excerpt when empty. */
export const searchMetaSchema = z.object({
  title: z.string().min(1),
  description: z.string().nullable(),
  image: imageSchema.nullable(),
})

export const articlePageSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1),
  excerpt: z.string().nullable(),
  publishedAt: z.iso.datetime({ offset: true }),
  /** When a later publish changed what readers read; null until then. */
  updatedAt: z.iso.datetime({ offset: true }).nullable(),
  heroImage: imageSchema.nullable(),
  body: richTextSchema,
  authors: z.array(authorSchema).min(1),
  topics: z.array(topicLinkSchema),
  callToAction: callToActionSchema.nullable(),
  alsoBrowsed: z.array(articleCardSchema),
  disclaimer: disclaimerSchema.nullable(),
  medicalReview: medicalReviewSchema.nullable(),
  meta: searchMetaSchema,
})

export type Image = z.infer<typeof imageSchema>
export type Author = z.infer<typeof authorSchema>
export type ArticleCard = z.infer<typeof articleCardSchema>
export type CallToAction = z.infer<typeof callToActionSchema>
export type Disclaimer = z.infer<typeof disclaimerSchema>
export type ArticlePageModel = z.infer<typeof articlePageSchema>
export type MedicalReview = z.infer<typeof medicalReviewSchema>
