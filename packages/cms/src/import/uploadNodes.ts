import type { Article } from '../payload-types'

export type RichTextState = Article['body']
type Node = RichTextState['root']['children'][number]

const isUpload = (node: Node) => node.type === 'upload'

/** HTML import reads ids from attributes as text; the database's ids are numbers. */
const numericId = (node: Node): Node =>
  isUpload(node) && typeof node.value === 'string' && /^\d+$/.test(node.value)
    ? { ...node, value: Number(node.value) }
    : node

const hasContent = (node: Node) =>
  !(node.type === 'text' && typeof node.text === 'string' && !node.text.trim())

/** `<p>text <img> text</p>` becomes paragraph, upload, paragraph: an upload is a block. */
const splitAroundUploads = (paragraph: Node): Node[] => {
  const children = (paragraph.children ?? []) as Node[]
  const parts: Node[] = []
  let run: Node[] = []
  const flush = () => {
    if (run.some(hasContent)) parts.push({ ...paragraph, children: run })
    run = []
  }
  for (const child of children) {
    if (!isUpload(child)) {
      run.push(child)
      continue
    }
    flush()
    parts.push(numericId(child))
  }
  flush()
  return parts
}

/** Uploads as the article body stores them: blocks of their own, with numeric media ids. */
export const settleUploads = (state: RichTextState): RichTextState => {
  const children = state.root.children.flatMap((node) =>
    node.type === 'paragraph' && Array.isArray(node.children) && node.children.some(isUpload)
      ? splitAroundUploads(node)
      : [numericId(node)],
  )
  return { ...state, root: { ...state.root, children } }
}
