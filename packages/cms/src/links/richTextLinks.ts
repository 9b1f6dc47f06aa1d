/** A link of a Lexical document as stored: `link` (typed) or `autolink` (recognised in text). */
export type LinkNode = {
  type: 'link' | 'autolink'
  fields?: { linkType?: string; url?: unknown }
  children?: unknown[]
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

export const isLinkNode = (node: unknown): node is LinkNode =>
  isObject(node) && (node.type === 'link' || node.type === 'autolink')

/** Internal links point at a document, not an address; any url they carry is never used. */
export const linksToAddress = (node: LinkNode) => node.fields?.linkType !== 'internal'

/** Every link node of a rich text value that points at an address, depth first. */
export const addressLinksIn = (value: unknown): LinkNode[] => {
  const found: LinkNode[] = []
  const visit = (node: unknown) => {
    if (!isObject(node)) return
    if (isLinkNode(node) && linksToAddress(node)) found.push(node)
    if (Array.isArray(node.children)) for (const child of node.children) visit(child)
  }
  if (isObject(value)) visit(value.root)
  return found
}
