import type { CollectionAfterChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { liveRowAfter, liveRowBefore } from '../../../hooks/liveRow'

// A system action on behalf of an editor whose publish was already allowed.
const removeRedirectFrom = (slug: string, req: PayloadRequest) =>
  req.payload.delete({
    collection: 'redirects',
    where: { from: { equals: slug } },
    overrideAccess: true,
    req,
  })

/**
 * A published article that moves to a new slug keeps its old address alive: the old slug is
 * stored as a redirect to the article. A slug that is live again stops redirecting.
 */
export const recordSlugRedirect: CollectionAfterChangeHook = async ({ doc, req }) => {
  const live = await liveRowAfter(req, 'articles', doc)
  if (live?._status !== 'published' || !live.slug) return doc
  await removeRedirectFrom(live.slug, req)
  const before = liveRowBefore(req, 'articles', doc.id)
  const oldSlug = before?._status === 'published' ? before.slug : undefined
  if (oldSlug && oldSlug !== live.slug) {
    await removeRedirectFrom(oldSlug, req)
    await req.payload.create({
      collection: 'redirects',
      data: { from: oldSlug, article: doc.id },
      overrideAccess: true,
      req,
    })
  }
  return doc
}

/** A deleted article's old addresses answer 404 like its own: its redirects go with it. */
export const dropRedirectsToArticle: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: 'redirects',
    where: { article: { equals: id } },
    overrideAccess: true,
    req,
  })
}
