import type { CollectionSlug, Payload } from 'payload'
import type { Json } from '../routes'
import type { Id } from './call'

/** What is stored, read with access control off; for articles also the latest draft and history. */
export const snapshot = async (payload: Payload, collection: CollectionSlug, id: Id) => {
  const main = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    pagination: false,
  })
  if (collection !== 'articles') return { main: main.docs[0] as Json | undefined }
  const latest = await payload.find({
    collection,
    where: { id: { equals: id } },
    depth: 0,
    draft: true,
    pagination: false,
  })
  const versions = await payload.countVersions({
    collection,
    where: { parent: { equals: id } },
  })
  return {
    main: main.docs[0] as Json | undefined,
    latest: latest.docs[0] as Json | undefined,
    versions: versions.totalDocs,
  }
}
