import type { PayloadRequest } from 'payload'
import { importContext } from './importContext'
import type { RichTextState } from './uploadNodes'

export type DraftFields = {
  title: string
  slug: string
  excerpt?: string
  body: RichTextState
  authors: number[]
  topics?: number[]
}

export type SavedDraft = { id: number; operation: 'created' | 'updated' }

/**
 * The slug is the article's identity across imports: a re-import saves a new draft of the
 * article with that slug. A published article stays published as it is; the import becomes its
 * pending draft. Fields the file leaves out (excerpt, topics) keep what the article has.
 */
export const saveDraft = async (req: PayloadRequest, fields: DraftFields): Promise<SavedDraft> => {
  const { excerpt, topics, ...always } = fields
  const data = {
    ...always,
    ...(excerpt === undefined ? {} : { excerpt }),
    ...(topics === undefined ? {} : { topics }),
    _status: 'draft' as const,
  }
  const { docs } = await req.payload.find({
    collection: 'articles',
    where: { slug: { equals: fields.slug } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const existing = docs[0]
  const options = { draft: true, overrideAccess: true, req, context: importContext } as const
  if (existing) {
    await req.payload.update({ collection: 'articles', id: existing.id, data, ...options })
    return { id: existing.id, operation: 'updated' }
  }
  const created = await req.payload.create({ collection: 'articles', data, ...options })
  return { id: created.id, operation: 'created' }
}
