import { linkUrlProblem } from '../links/linkUrl'
import { isLinkNode, linksToAddress } from '../links/richTextLinks'
import type { RichTextState } from './uploadNodes'

type Node = { children?: Node[] } & Record<string, unknown>

const shown = (url: unknown) => JSON.stringify(String(url ?? '').slice(0, 80))

/**
 * Links the site would not render (`javascript:`, `data:`, a bare `other.md`) become their
 * text, with a warning: the CMS refuses them on save, and the article's words are worth keeping.
 */
export const unlinkUnsafe = (state: RichTextState) => {
  const warnings: string[] = []
  const clean = (nodes: Node[]): Node[] =>
    nodes.flatMap((node) => {
      const children = Array.isArray(node.children) ? clean(node.children) : undefined
      if (isLinkNode(node) && linksToAddress(node) && linkUrlProblem(node.fields?.url)) {
        warnings.push(
          `link ${shown(node.fields?.url)} is not a web, mail, phone or site (/…) address: kept as text`,
        )
        return children ?? []
      }
      return children ? [{ ...node, children }] : [node]
    })
  const children = clean(state.root.children as Node[]) as RichTextState['root']['children']
  return { body: { ...state, root: { ...state.root, children } }, warnings }
}
