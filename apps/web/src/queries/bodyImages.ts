import { childrenOf, idOf, isMediaUpload, mediaUploadIds, type UploadNode } from '@groundwork/cms'
import type { Image } from '@groundwork/ui'

/**
 * Images inside an article's body are upload nodes that name a media document by id (the body
 * is read at depth 0). The page needs each image's address, text and size: these find the ids
 * and put the reader's image (from the cached, tagged media reads) in place of each id.
 */
type Node = UploadNode

export const bodyImageIds = mediaUploadIds

/** The body with each media upload holding its image; one whose image is gone is dropped. */
export const withBodyImages = <T>(body: T, images: Map<number, Image | null>): T => {
  const swap = (node: Node): Node[] => {
    if (isMediaUpload(node)) {
      const image = images.get(Number(idOf(node.value)))
      return image ? [{ ...node, value: image }] : []
    }
    const children = childrenOf(node)
    return [children.length > 0 ? { ...node, children: children.flatMap(swap) } : node]
  }
  const root = (body as { root?: Node } | null)?.root
  return root ? ({ ...body, root: swap(root)[0] } as T) : body
}
