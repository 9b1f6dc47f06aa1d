import { safeHref } from '@groundwork/links'
import {
  type JSXConverter,
  type JSXConverterArgs,
  type JSXConvertersFunction,
  RichText as LexicalRichText,
} from '@payloadcms/richtext-lexical/react'
import type { RichTextValue } from './model'
import type { HeadingNode } from './outline'

type LinkNode = {
  fields?: { url?: string; newTab?: boolean }
  children: Parameters<JSXConverterArgs['nodesToJSX']>[0]['nodes']
}

const link: JSXConverter = ({ node, nodesToJSX }) => {
  const { fields, children: nodes } = node as unknown as LinkNode
  const children = nodesToJSX({ nodes })
  const href = safeHref(fields?.url)
  if (!href) return <span>{children}</span>
  const external = fields?.newTab
  return (
    <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
      {children}
    </a>
  )
}

type UploadNode = { value?: unknown; fields?: { alt?: string } }
type UploadDoc = { url?: unknown; alt?: unknown; width?: unknown; height?: unknown }

/**
 * An image in the body, as the query hands it over (the reader's image in place of the media
 * id). Only images served by this site render; anything else renders nothing.
 */
const upload: JSXConverter = ({ node }) => {
  const { value, fields } = node as unknown as UploadNode
  if (typeof value !== 'object' || value === null) return null
  const doc = value as UploadDoc
  const src = safeHref(doc.url)
  if (!src?.startsWith('/')) return null
  const alt = fields?.alt || (typeof doc.alt === 'string' ? doc.alt : '')
  const size = (n: unknown) => (typeof n === 'number' && n > 0 ? n : undefined)
  return (
    <img src={src} alt={alt} width={size(doc.width)} height={size(doc.height)} loading="lazy" />
  )
}

/** The editor makes no tables; stored ones render as plain text, never with stored styles. */
const plainBlock: JSXConverter = ({ node, nodesToJSX }) => (
  <div>{nodesToJSX({ nodes: (node as { children?: never[] }).children ?? [] })}</div>
)

const converters: JSXConvertersFunction = ({ defaultConverters }) => ({
  ...defaultConverters,
  link,
  autolink: link,
  upload,
  table: plainBlock,
  tablerow: plainBlock,
  tablecell: plainBlock,
  heading: ({ node, nodesToJSX }) => {
    const { tag, anchorId } = node as unknown as HeadingNode
    const Tag = (['h2', 'h3', 'h4'].includes(tag) ? tag : 'h4') as 'h2' | 'h3' | 'h4'
    return <Tag id={anchorId}>{nodesToJSX({ nodes: node.children })}</Tag>
  },
})

/** Renders stored rich text. Headings keep the anchor ids `outlineBody` gave them. */
export const RichText = ({ value, className }: { value: RichTextValue; className?: string }) => (
  // biome-ignore lint/suspicious/noExplicitAny: Lexical's serialized state type is wider than ours
  <LexicalRichText data={value as any} converters={converters} className={className} />
)
