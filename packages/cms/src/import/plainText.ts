import { replaceMarkdownImages } from './markdownImages'

/**
 * Text without markup, whitespace collapsed: what a reader reads. Used to check that converting
 * a body to rich text kept every word, and to compare titles with headings.
 */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

export const sameText = (a: string, b: string) =>
  squash(a).toLowerCase() === squash(b).toLowerCase()

type LexicalNode = { type?: string; text?: unknown; children?: LexicalNode[] }

/** Nodes that start a line of their own: their text never runs into the next block's. */
const BLOCKS = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'listitem',
  'upload',
  'horizontalrule',
])

const nodeText = (node: LexicalNode): string => {
  const own =
    typeof node.text === 'string'
      ? node.text
      : node.type === 'linebreak'
        ? '\n'
        : (node.children ?? []).map(nodeText).join('')
  return node.type && BLOCKS.has(node.type) ? `\n${own}\n` : own
}

export const lexicalPlainText = (state: { root: LexicalNode }) => squash(nodeText(state.root))

const lineText = (line: string) =>
  line
    .replace(/^ {0,3}(?:>[ \t]?)+/, '') // quote markers, nested ones too
    .replace(/^\s*(?:[-*+]|\d{1,9}[.)])\s+/, '') // list markers
    .replace(/^ {0,3}#{1,6}(?:\s+|$)/, '') // heading markers…
    .replace(/\s+#+\s*$/, '') // …and closing hashes
    .replace(/^ {0,3}([-*_])(?:\s*\1){2,}\s*$/, '') // horizontal rules

/** Escaped characters (`\*`) are text: hidden from the syntax rules below, then restored. */
const PRIVATE_USE = 0xe000
const hideEscapes = (text: string) =>
  text.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_escape, char: string) =>
    String.fromCharCode(PRIVATE_USE + char.charCodeAt(0)),
  )
const showEscapes = (text: string) =>
  text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PRIVATE_USE))

const inlineText = (text: string) =>
  replaceMarkdownImages(hideEscapes(text), () => '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their label
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1') // autolinks
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*\*|\*\*|\*)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|\W)(___|__|_)(?=\S)(.+?)(?<=\S)\2(?=\W|$)/g, '$1$3') // not inside snake_case
    .replace(/~~(.+?)~~/g, '$1')

/** Markdown as plain text: block and inline syntax removed, images (which carry no text) too. */
export const markdownPlainText = (markdown: string) =>
  squash(showEscapes(inlineText(markdown.split(/\r?\n/).map(lineText).join('\n'))))
