import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { GlobalAfterChangeHook } from 'payload'

/**
 * A new review period moves every article's "review due" date at once, drafts and history
 * included, inside the save's transaction: one statement per table instead of re-saving each
 * article (which would write versions and notify readers for nothing).
 */
export const rescheduleReviews: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const months = Number(doc.reviewPeriodMonths)
  if (!Number.isInteger(months) || months === Number(previousDoc?.reviewPeriodMonths)) return doc
  const adapter = req.payload.db as unknown as PostgresAdapter
  const transaction = req.transactionID
    ? adapter.sessions[String(await req.transactionID)]
    : undefined
  const db = transaction?.db ?? adapter.drizzle
  // Months are added in UTC, like `addMonths`: the server's time zone must not move a due date.
  await db.execute(
    sql`UPDATE articles SET review_due_at = ((last_reviewed_at AT TIME ZONE 'UTC') + make_interval(months => ${months})) AT TIME ZONE 'UTC' WHERE last_reviewed_at IS NOT NULL`,
  )
  await db.execute(
    sql`UPDATE _articles_v SET version_review_due_at = ((version_last_reviewed_at AT TIME ZONE 'UTC') + make_interval(months => ${months})) AT TIME ZONE 'UTC' WHERE version_last_reviewed_at IS NOT NULL`,
  )
  return doc
}
