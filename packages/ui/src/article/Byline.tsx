import type { Author } from './model'

export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })

const AuthorLinks = ({ authors }: { authors: Author[] }) =>
  authors.map((author, index) => (
    <span key={author.slug}>
      {index === 0 ? '' : index === authors.length - 1 ? ' and ' : ', '}
      <a href={`/authors/${author.slug}`}>{author.name}</a>
    </span>
  ))

export const Byline = ({
  authors,
  publishedAt,
  minutes,
}: {
  authors: Author[]
  publishedAt: string
  minutes: number
}) => (
  <p className="gw-byline">
    By <AuthorLinks authors={authors} /> ·{' '}
    <time dateTime={publishedAt}>{formatDate(publishedAt)}</time> · {minutes} min read
  </p>
)
