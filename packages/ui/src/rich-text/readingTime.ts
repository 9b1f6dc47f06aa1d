import type { RichTextValue } from './model'
import { plainText } from './outline'

/** Adult silent reading of non-fiction is about 200–250 words a minute; we round up at 200. */
const WORDS_PER_MINUTE = 200

export const readingMinutes = (body: RichTextValue): number => {
  const words = body.root.children.map(plainText).join(' ').split(/\s+/).filter(Boolean).length
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE))
}
