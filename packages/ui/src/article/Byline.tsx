import type { Author, MedicalReview } from './model'

export const formatDate = (iso: string) =>
  new Date(iso).toLocaleDateString('en-US', { dateStyle: 'long', timeZone: 'UTC' })

/** Readers care about the day: a same-day correction is not an update worth announcing. */
export const isLaterDay = (later: string, earlier: string) =>
  formatDate(later) !== formatDate(earlier) && new Date(later) > new Date(earlier)

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
  updatedAt,
  minutes,
}: {
  authors: Author[]
  publishedAt: string
  updatedAt?: string | null
  minutes: number
}) => (
  <p className="gw-byline">
    By <AuthorLinks authors={authors} /> ·{' '}
    <time dateTime={publishedAt}>{formatDate(publishedAt)}</time>
    {updatedAt && isLaterDay(updatedAt, publishedAt) ? (
      <>
        {' '}
        · Updated <time dateTime={updatedAt}>{formatDate(updatedAt)}</time>
      </>
    ) : null}{' '}
    · {minutes} min read
  </p>
)

export const MedicalReviewLine = ({ review }: { review: MedicalReview }) => (
  <p className="gw-review">
    Medically reviewed by <a href={`/authors/${review.reviewer.slug}`}>{review.reviewer.name}</a>,{' '}
    {review.reviewer.credentials} on{' '}
    <time dateTime={review.reviewedAt}>{formatDate(review.reviewedAt)}</time>
  </p>
)
