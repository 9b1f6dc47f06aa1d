import { idOf } from '../../relations'

/**
 * Every media document a document shows: its upload fields (hero, photo, SEO image) and the
 * upload nodes of its rich text, at depth 0 or populated.
 */
type Node = { type?: unknown; relationTo?: unknown; value?: unknown; children?: unknown }

const UPLOAD_FIELDS = ['heroImage', 'photo'] as const
const RICH_TEXT_FIELDS = ['body', 'bio'] as const

const uploadsIn = (root: unknown, into: Set<number>) => {
  const visit = (node: Node) => {
    if (node.type === 'upload' && node.relationTo === 'media') {
      const id = idOf(node.value)
      if (typeof id === 'number') into.add(id)
    }
    if (Array.isArray(node.children)) for (const child of node.children) visit(child)
  }
  const top = (root as { root?: Node } | null | undefined)?.root
  if (top) visit(top)
}

export const mediaIdsOf = (doc: Record<string, unknown> | null | undefined): number[] => {
  const ids = new Set<number>()
  if (!doc) return []
  for (const field of UPLOAD_FIELDS) {
    const id = idOf(doc[field])
    if (typeof id === 'number') ids.add(id)
  }
  const meta = idOf((doc.meta as { image?: unknown } | undefined)?.image)
  if (typeof meta === 'number') ids.add(meta)
  for (const field of RICH_TEXT_FIELDS) uploadsIn(doc[field], ids)
  return [...ids]
}
