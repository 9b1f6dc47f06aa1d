import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import type { ContentChange, ContentSource, OnContentChange } from '../contentChange'
import { enqueueWebhooks } from '../webhooks/enqueue'
import {
  lastSeenBeforeDelete,
  liveRowAfter,
  liveRowBefore,
  rememberLastSeenBeforeDelete,
  rememberLiveRow,
} from './liveRow'

type Doc = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

/** Seeds, scripts and tests set `req.context.disableRevalidate` to skip reporting. */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

const send = async (req: PayloadRequest, notify: OnContentChange, change: ContentChange) => {
  // Queued in the save's transaction; delivered by the jobs queue after it commits.
  await enqueueWebhooks(change, req)
  try {
    await notify(change)
  } catch (error) {
    // A failed revalidation must never fail the editor's save; the log says what to refresh.
    req.payload.logger.error({ err: error, change }, 'content change was saved but not revalidated')
  }
}

const slugsOf = (...docs: ({ slug?: string | null } | undefined)[]) => [
  ...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))),
]

type Operation = ContentChange['operation']
type CollectionSource = Exclude<ContentSource, 'site'>

/**
 * Which change readers will see, or null when they see none. Readers see the main row, never a
 * version: a draft saved beside the published version leaves the main row untouched, so the row
 * is read back (inside the save's transaction) to tell a real publish or unpublish from a draft.
 * A draft saved without the draft flag does write the main row: unless readers saw the row
 * before, that is no unpublish, and reporting one would name an unpublished slug to subscribers.
 */
const versionedOperation = async (
  source: CollectionSource,
  doc: Doc,
  previous: Doc | undefined,
  req: PayloadRequest,
): Promise<Operation | null> => {
  if (!previous) return doc._status === 'published' ? 'publish' : null
  const live = await liveRowAfter(req, source, doc)
  const written = live && live.updatedAt === (doc as { updatedAt?: string }).updatedAt
  if (!written) return null
  if (live._status === 'published') return previous._status === 'published' ? 'update' : 'publish'
  const before = liveRowBefore(req, source, doc.id) ?? previous
  return before?._status === 'published' ? 'unpublish' : null
}

export const reportCollectionChange = (
  source: CollectionSource,
  notify: OnContentChange,
  { versioned = false } = {},
) => {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req }) => {
    if (skip(req)) return doc
    const previous = previousDoc?.id ? previousDoc : undefined
    const operation: Operation | null = versioned
      ? await versionedOperation(source, doc, previous, req)
      : previous
        ? 'update'
        : 'create'

    if (operation) {
      // The address readers used until now may differ from both (autosaved slug edits).
      const slugs = slugsOf(liveRowBefore(req, source, doc.id), previousDoc, doc)
      await send(req, notify, { source, id: doc.id, operation, slugs })
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req }) => {
    if (skip(req)) return doc
    // A versioned document readers never saw (a draft never published) leaves no public trace;
    // one they saw is named by the slug they knew, not a draft's.
    const seen = versioned ? lastSeenBeforeDelete(req, source, doc.id) : doc
    if (seen) {
      await send(req, notify, { source, id: doc.id, operation: 'delete', slugs: slugsOf(seen) })
    }
    return doc
  }
  return {
    ...(versioned
      ? {
          beforeChange: [rememberLiveRow(source)],
          beforeDelete: [rememberLastSeenBeforeDelete(source)],
        }
      : {}),
    afterChange: [afterChange],
    afterDelete: [afterDelete],
  }
}

export const reportGlobalChange = (notify: OnContentChange): GlobalAfterChangeHook[] => [
  async ({ doc, req }) => {
    if (!skip(req)) await send(req, notify, { source: 'site', operation: 'update' })
    return doc
  },
]
