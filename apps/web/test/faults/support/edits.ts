import { paragraphs } from '@groundwork/cms/seed'
import type { ArticleContent } from './storedArticle'

/** One editor's save of an article: the fields sent, and the content it must leave stored. */
export type Edit = { data: { title: string; body: unknown }; content: ArticleContent }

export const edit = (title: string, lines: string[]): Edit => ({
  data: { title, body: paragraphs(lines) },
  content: { title, text: lines.join('\n') },
})

/** Paragraphs in a large save: about 1.8 MB of JSON, under the API's 2 MB limit. */
const LARGE_PARAGRAPHS = 3400

/**
 * A save near the API's size limit, so it is in flight long enough to be cut. Every paragraph
 * names the save, so a body stored partly from another save shows.
 */
export const largeEdit = (title: string): Edit =>
  edit(
    title,
    Array.from({ length: LARGE_PARAGRAPHS }, (_, i) =>
      `${title}, paragraph ${i + 1}.`.padEnd(300, ' Recovery takes time.'),
    ),
  )
