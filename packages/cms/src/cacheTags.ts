import type { ContentChange, ContentSource } from './contentChange'

/**
 * The one vocabulary of cache tags. Queries tag their entries with what they read; the app
 * revalidates the tags of what changed. Both sides call these functions, so they cannot drift.
 */
export const cacheTags = {
  doc: (source: ContentSource, id: number | string) => `${source}:${id}`,
  /** A document looked up by its slug (also one that does not exist yet: a 404). */
  slug: (source: ContentSource, slug: string) => `${source}:slug:${slug}`,
  /** Every list of a collection (home, topic and author pages, feeds, sitemaps, search). */
  list: (source: ContentSource) => `${source}:list`,
  /** Entries that show media (photos, images) carry this; media edits are rare. */
  anyMedia: 'media:any',
  site: 'site',
} as const

export const tagsForChange = (change: ContentChange): string[] => {
  if (change.source === 'site') return [cacheTags.site]
  const tags = change.id === undefined ? [] : [cacheTags.doc(change.source, change.id)]
  for (const slug of change.slugs ?? []) tags.push(cacheTags.slug(change.source, slug))
  tags.push(cacheTags.list(change.source))
  if (change.source === 'media') tags.push(cacheTags.anyMedia)
  return tags
}
