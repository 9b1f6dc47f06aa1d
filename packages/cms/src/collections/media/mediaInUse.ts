import { sql } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/**
 * Whether readers can see a media document: published content shows it. Articles count when
 * their live row is published (hero, SEO image, or an image in the body); authors and
 * disclaimers have no drafts, so everything they show is public. Kept on the media row
 * (`usedByPublished`) so a reader's read rule is one indexed comparison, not a scan of every
 * body on every image request.
 */
export const MEDIA_IN_USE_SQL = sql`
  exists (
    select 1 from "articles" a
    where a."_status" = 'published' and (
      a."hero_image_id" = "media"."id" or a."meta_image_id" = "media"."id"
      or jsonb_path_exists(a."body", '$.** ? (@.type == "upload" && @.relationTo == "media" && @.value == $id)', jsonb_build_object('id', "media"."id"))
    )
  ) or exists (
    select 1 from "authors" p
    where p."photo_id" = "media"."id"
      or jsonb_path_exists(coalesce(p."bio", '{}'::jsonb), '$.** ? (@.type == "upload" && @.relationTo == "media" && @.value == $id)', jsonb_build_object('id', "media"."id"))
  ) or exists (
    select 1 from "disclaimers" d
    where jsonb_path_exists(d."body", '$.** ? (@.type == "upload" && @.relationTo == "media" && @.value == $id)', jsonb_build_object('id', "media"."id"))
  )`

type Drizzle = { execute: (query: unknown) => Promise<unknown> }

/** The save's own connection, so the flag changes in the same transaction as the content. */
const connectionOf = async (req: PayloadRequest): Promise<Drizzle> => {
  const db = req.payload.db as unknown as {
    drizzle: Drizzle
    sessions?: Record<string, { db: Drizzle }>
  }
  const transaction = await req.transactionID
  return (transaction !== undefined && db.sessions?.[String(transaction)]?.db) || db.drizzle
}

/** Recomputes `usedByPublished` for these media documents. */
export const refreshMediaInUse = async (req: PayloadRequest, ids: Iterable<number>) => {
  const list = [...new Set(ids)].filter((id) => Number.isInteger(id))
  if (list.length === 0) return
  const db = await connectionOf(req)
  await db.execute(sql`
    update "media" set "used_by_published" = (${MEDIA_IN_USE_SQL})
    where "media"."id" in (${sql.join(
      list.map((id) => sql`${id}`),
      sql`, `,
    )})`)
}
