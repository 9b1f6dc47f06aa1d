/** An image as the file writes it: the source path or URL and its alt text (maybe empty). */
export type ImageRef = { src: string; alt: string }

/**
 * One import file, read but not yet checked: the raw fields that describe the article (front
 * matter, plus what the page itself supplies, such as a title from its main heading), the body
 * to convert and the images the body shows.
 */
export type ArticleSource = {
  format: 'markdown' | 'html'
  meta: Record<string, unknown>
  body: string
  images: ImageRef[]
}

/** A value a person left out: YAML's empty value or an empty string. */
export const isBlank = (value: unknown) => value === undefined || value === null || value === ''
