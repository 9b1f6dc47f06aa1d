import { idOf } from '../../relations'

/**
 * Images inside rich text are upload nodes that name a media document, by id at depth 0 and as
 * the document once populated. One walk, for the hooks that track which images readers see and
 * for the pages that put each image in place of its id.
 */
export type UploadNode = {
  type?: unknown
  relationTo?: unknown
  value?: unknown
  children?: unknown
}

export const childrenOf = (node: UploadNode): UploadNode[] =>
  Array.isArray(node.children) ? node.children : []

export const isMediaUpload = (node: UploadNode) =>
  node.type === 'upload' && node.relationTo === 'media'

/** The ids of the media documents a rich-text value shows, each once, in document order. */
export const mediaUploadIds = (richText: unknown): number[] => {
  const ids = new Set<number>()
  const visit = (node: UploadNode) => {
    const id = isMediaUpload(node) ? idOf(node.value) : undefined
    if (typeof id === 'number') ids.add(id)
    for (const child of childrenOf(node)) visit(child)
  }
  const root = (richText as { root?: UploadNode } | null | undefined)?.root
  if (root) visit(root)
  return [...ids]
}
