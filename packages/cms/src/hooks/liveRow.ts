import type {
  CollectionBeforeChangeHook,
  CollectionBeforeDeleteHook,
  CollectionSlug,
  PayloadRequest,
} from 'payload'

/**
 * What readers saw before a save: the published row, read before it is written. With drafts and
 * autosave, `previousDoc` is often the latest draft, which may already carry a new slug, so
 * "which URL did readers use until now" must come from the main row itself.
 */
export type LiveRow = {
  slug?: string | null
  _status?: 'draft' | 'published' | null
  /** What readers read, to tell a real edit from a metadata save. */
  content?: string
}

/** Key order differs between the editor and Postgres' jsonb: compare with keys sorted. */
const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  )
}

/** The fields whose change readers notice as an update of the article itself. */
export const readerContent = (doc: Record<string, unknown> | null | undefined) =>
  JSON.stringify(canonical([doc?.title ?? null, doc?.excerpt ?? null, doc?.body ?? null]))

const key = (collection: string, id: number | string) => `liveRowBefore:${collection}:${id}`

export type LiveRecord = Record<string, unknown> & {
  id: number
  slug?: string | null
  _status?: 'draft' | 'published' | null
  updatedAt?: string
}

/**
 * The main row as readers see it, inside the request's transaction. Draft saves write versions
 * only, so this row alone says whether (and under which slug) an article is live.
 */
export const readLiveRow = (req: PayloadRequest, collection: CollectionSlug, id: number | string) =>
  req.payload.db.findOne<LiveRecord>({ collection, where: { id: { equals: id } }, req })

/**
 * The row right after a save, read once for all the afterChange hooks that ask (the change
 * report, slug redirects): keyed by the saved version's `updatedAt`, so a later save reads again.
 */
export const liveRowAfter = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: { id: number | string; updatedAt?: unknown },
): Promise<LiveRecord | null> => {
  const afterKey = `liveRowAfter:${collection}:${doc.id}:${String(doc.updatedAt)}`
  if (!(afterKey in req.context)) req.context[afterKey] = await readLiveRow(req, collection, doc.id)
  return req.context[afterKey] as LiveRecord | null
}

/**
 * The row before a save, read once for all the beforeChange hooks that ask (the change report,
 * the media-in-use tracking): keyed by the document's `updatedAt`, so a later save reads again.
 */
export const liveRowBeforeSave = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  original: { id: number | string; updatedAt?: unknown },
): Promise<LiveRecord | null> => {
  const beforeKey = `liveRowBeforeSave:${collection}:${original.id}:${String(original.updatedAt)}`
  if (!(beforeKey in req.context))
    req.context[beforeKey] = await readLiveRow(req, collection, original.id)
  return req.context[beforeKey] as LiveRecord | null
}

export const rememberLiveRow =
  (collection: CollectionSlug): CollectionBeforeChangeHook =>
  async ({ originalDoc, req, operation }) => {
    if (operation !== 'update' || !originalDoc?.id) return
    const live = await liveRowBeforeSave(req, collection, originalDoc)
    req.context[key(collection, originalDoc.id)] = live
      ? { slug: live.slug, _status: live._status, content: readerContent(live) }
      : null
  }

const seenKey = (collection: string, id: number | string) => `lastSeen:${collection}:${id}`

/**
 * Before a delete: the version readers saw last (the live row, or the newest published version
 * of an unpublished document), or null when they never saw one, such as a draft never published.
 * Read before Payload removes the row and its versions, and whatever fields the caller selected.
 */
export const rememberLastSeenBeforeDelete =
  (collection: CollectionSlug): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const live = await readLiveRow(req, collection, id)
    if (live?._status === 'published') {
      req.context[seenKey(collection, id)] = live
      return
    }
    const { docs } = await req.payload.db.findVersions<LiveRecord>({
      collection,
      where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
      sort: '-updatedAt',
      limit: 1,
      pagination: false,
      req,
    })
    req.context[seenKey(collection, id)] = docs[0]?.version ?? null
  }

export const lastSeenBeforeDelete = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): LiveRow | null | undefined => req.context[seenKey(collection, id)] as LiveRow | null | undefined

export const liveRowBefore = (
  req: PayloadRequest,
  collection: string,
  id: number | string,
): LiveRow | undefined => req.context[key(collection, id)] as LiveRow | undefined
