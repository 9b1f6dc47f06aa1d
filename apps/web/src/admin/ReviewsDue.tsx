import type { Payload, TypedUser } from 'payload'

type Props = { payload: Payload; user?: TypedUser | null }

const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' })

/**
 * The dashboard's first panel: clinical and reviewed articles whose medical review is due (the
 * review date plus the period in Site settings), oldest first. Read with the viewer's own access.
 */
export const ReviewsDue = async ({ payload, user }: Props) => {
  if (!user) return null
  const { docs, totalDocs } = await payload.find({
    collection: 'articles',
    where: { reviewDueAt: { less_than_equal: new Date().toISOString() } },
    select: { title: true, reviewDueAt: true },
    sort: 'reviewDueAt',
    limit: 20,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return (
    <section aria-labelledby="reviews-due" style={{ marginBottom: 'var(--base)' }}>
      <h2 id="reviews-due">Medical reviews due</h2>
      {totalDocs === 0 ? (
        <p>No article is due for a medical review.</p>
      ) : (
        <ul>
          {docs.map((doc) => (
            <li key={doc.id}>
              <a href={`/admin/collections/articles/${doc.id}`}>{doc.title}</a>, due{' '}
              {doc.reviewDueAt ? day.format(new Date(doc.reviewDueAt)) : 'now'}
            </li>
          ))}
        </ul>
      )}
      {totalDocs > docs.length ? (
        <p>
          <a href="/admin/collections/articles?sort=reviewDueAt">
            All {totalDocs} articles due for review
          </a>
        </p>
      ) : null}
    </section>
  )
}
