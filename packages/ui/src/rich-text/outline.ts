import { slugify } from '@groundwork/links'
import type { LexicalNode, RichTextValue } from './model'

export type OutlineEntry = { id: string; text: string }
export type HeadingNode = LexicalNode & { tag: string; anchorId?: string }

export const plainText = (node: LexicalNode): string =>
  typeof node.text === 'string' ? node.text : (node.children ?? []).map(plainText).join('')

const anchorFor = (text: string) => slugify(text, 80) || 'section'

/** Ids the page's own landmarks and headings use; a section never takes one. */
const RESERVED_IDS = ['main', 'gw-toc-heading', 'gw-cta-heading', 'gw-also-heading']

const isSectionHeading = (node: LexicalNode): node is HeadingNode =>
  node.type === 'heading' && (node.tag === 'h2' || node.tag === 'h3')

/**
 * Gives every H2 and H3 of the body an anchor id derived from its text, numbered when a text
 * repeats ("what-helped", "what-helped-2"), and lists the H2s for "In this article". Ids depend
 * only on the body, so a link shared today still lands on the same section tomorrow.
 */
export const outlineBody = (body: RichTextValue) => {
  const taken = new Set(RESERVED_IDS)
  const contents: OutlineEntry[] = []
  const children = body.root.children.map((node) => {
    if (!isSectionHeading(node)) return node
    const text = plainText(node).trim()
    const base = anchorFor(text)
    let anchorId = base
    for (let n = 2; taken.has(anchorId); n++) anchorId = `${base}-${n}`
    taken.add(anchorId)
    if (node.tag === 'h2') contents.push({ id: anchorId, text })
    return { ...node, anchorId }
  })
  return { body: { ...body, root: { ...body.root, children } }, contents }
}
