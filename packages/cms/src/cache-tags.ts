import type { ContentChange, ContentSource } from './content-change'

/**
 * The one vocabulary of cache tags. Queries tag their entries with what they read; the app
 * revalidates the tags of what changed. Both sides call these functions, so they cannot drift.
 */
export const cacheTags = {
  doc: (source: ContentSource, id: number | string) => `${source}:${id}`,
  articleSlug: (slug: string) => `articles:slug:${slug}`,
  /** Every list of articles (home, also-browsed fill): any publish, unpublish or delete. */
  articleList: 'articles:list',
  /** Entries that show media (photos, images) carry this; media edits are rare. */
  anyMedia: 'media:any',
  site: 'site',
} as const

export const tagsForChange = (change: ContentChange): string[] => {
  if (change.source === 'site') return [cacheTags.site]
  const tags = change.id === undefined ? [] : [cacheTags.doc(change.source, change.id)]
  if (change.source === 'articles') {
    for (const slug of change.slugs ?? []) tags.push(cacheTags.articleSlug(slug))
    tags.push(cacheTags.articleList)
  }
  if (change.source === 'media') tags.push(cacheTags.anyMedia)
  return tags
}
