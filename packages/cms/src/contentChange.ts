import { z } from 'zod'

/**
 * What the CMS reports after a change that readers could see. The app turns it into cache
 * revalidation; the CMS itself knows nothing of Next.js.
 */
export const contentSources = [
  'articles',
  'authors',
  'disclaimers',
  'topics',
  'media',
  'site',
] as const
export type ContentSource = (typeof contentSources)[number]

export const contentChangeSchema = z.object({
  source: z.enum(contentSources),
  /** The document id; absent for the `site` global. */
  id: z.union([z.number(), z.string()]).optional(),
  operation: z.enum(['create', 'update', 'delete', 'publish', 'unpublish']),
  /** Slugs the document was reachable under before and after the change. */
  slugs: z.array(z.string().max(200)).max(20).optional(),
})

export type ContentChange = z.infer<typeof contentChangeSchema>

export type OnContentChange = (change: ContentChange) => void | Promise<void>
