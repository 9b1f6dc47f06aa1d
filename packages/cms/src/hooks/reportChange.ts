import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'
import type { ContentChange, ContentSource, OnContentChange } from '../content-change'

type Doc = { id: number | string; slug?: string | null; _status?: 'draft' | 'published' | null }

/** Seeds, scripts and tests set `req.context.disableRevalidate` to skip reporting. */
const skip = (req: PayloadRequest) => Boolean(req.context?.disableRevalidate)

const send = async (req: PayloadRequest, notify: OnContentChange, change: ContentChange) => {
  try {
    await notify(change)
  } catch (error) {
    // A failed revalidation must never fail the editor's save; the log says what to refresh.
    req.payload.logger.error({ err: error, change }, 'content change was saved but not revalidated')
  }
}

const slugsOf = (...docs: (Doc | undefined)[]) => [
  ...new Set(docs.map((doc) => doc?.slug).filter((slug): slug is string => Boolean(slug))),
]

/** Which reader-visible transition a save made, or null when readers cannot see it (drafts). */
const operationOf = (doc: Doc, previous: Doc | undefined, versioned: boolean) => {
  if (!versioned) return previous ? 'update' : 'create'
  const was = previous?._status === 'published'
  const is = doc._status === 'published'
  if (is && !was) return 'publish'
  if (was && !is) return 'unpublish'
  return is ? 'update' : null
}

export const reportCollectionChange = (
  source: ContentSource,
  notify: OnContentChange,
  { versioned = false } = {},
) => {
  const afterChange: CollectionAfterChangeHook<Doc> = async ({ doc, previousDoc, req }) => {
    if (skip(req)) return doc
    const operation = operationOf(doc, previousDoc?.id ? previousDoc : undefined, versioned)
    if (operation) {
      await send(req, notify, { source, id: doc.id, operation, slugs: slugsOf(previousDoc, doc) })
    }
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook<Doc> = async ({ doc, req }) => {
    if (!skip(req)) {
      await send(req, notify, { source, id: doc.id, operation: 'delete', slugs: slugsOf(doc) })
    }
    return doc
  }
  return { afterChange: [afterChange], afterDelete: [afterDelete] }
}

export const reportGlobalChange = (notify: OnContentChange): GlobalAfterChangeHook[] => [
  async ({ doc, req }) => {
    if (!skip(req)) await send(req, notify, { source: 'site', operation: 'update' })
    return doc
  },
]
