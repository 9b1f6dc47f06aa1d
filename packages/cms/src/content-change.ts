/**
 * What the CMS reports after a change that readers could see. The app turns it into cache
 * revalidation; the CMS itself knows nothing of Next.js.
 */
export type ContentSource = 'articles' | 'authors' | 'disclaimers' | 'topics' | 'media' | 'site'

export type ContentChange = {
  source: ContentSource
  /** The document id; absent for the `site` global. */
  id?: number | string
  operation: 'create' | 'update' | 'delete' | 'publish' | 'unpublish'
  /** Slugs the document was reachable under before and after the change. */
  slugs?: string[]
}

export type OnContentChange = (change: ContentChange) => void | Promise<void>
