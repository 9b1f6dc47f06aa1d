import type { Author } from './model'

export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })

const names = (authors: Author[]) => {
  const list = authors.map((author) => author.name)
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`
}

export const Byline = ({ authors, publishedAt }: { authors: Author[]; publishedAt: string }) => (
  <p className="gw-byline">
    By {names(authors)} · <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
  </p>
)
