import type { Article } from '../payload-types'
import type { Block } from './types'

/**
 * Builds Lexical editor state (the JSON Payload stores for rich text) from plain blocks, so demo
 * content reads as prose instead of nested JSON.
 */
type Node = { type: string; version: number; [key: string]: unknown }
export type RichTextState = Article['body']

/** A text node; `format` is Lexical's bit field (1 bold, 2 italic…). */
export const text = (value: string, format = 0): Node => ({
  type: 'text',
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
})

const link = (label: string, url: string): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text(label)],
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 3,
})

/** Splits `see [SAMHSA](https://www.samhsa.gov) today` into text and link nodes. */
export const inline = (value: string): Node[] => {
  const nodes: Node[] = []
  const pattern = /\[([^\]]+)\]\(([^)\s]+)\)/g
  let last = 0
  for (const match of value.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(value.slice(last, match.index)))
    nodes.push(link(match[1] ?? '', match[2] ?? ''))
    last = match.index + match[0].length
  }
  if (last < value.length) nodes.push(text(value.slice(last)))
  return nodes
}

/** An element node with Lexical's defaults; `extra` adds or overrides fields (`version: 3`). */
export const element = (
  type: string,
  children: unknown[],
  extra: Record<string, unknown> = {},
): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const list = (items: string[], listType: 'bullet' | 'number'): Node =>
  element(
    'list',
    items.map((item, index) => element('listitem', inline(item), { value: index + 1 })),
    { listType, start: 1, tag: listType === 'bullet' ? 'ul' : 'ol' },
  )

const blockNode = (block: Block): Node => {
  if ('h2' in block) return element('heading', inline(block.h2), { tag: 'h2' })
  if ('h3' in block) return element('heading', inline(block.h3), { tag: 'h3' })
  if ('ul' in block) return list(block.ul, 'bullet')
  if ('ol' in block) return list(block.ol, 'number')
  if ('quote' in block) return element('quote', inline(block.quote))
  return element('paragraph', inline(block.p), { textFormat: 0, textStyle: '' })
}

export const richText = (blocks: Block[]): RichTextState => ({
  root: {
    type: 'root',
    children: blocks.map(blockNode),
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
  },
})

export const paragraphs = (values: string[]): RichTextState => richText(values.map((p) => ({ p })))
