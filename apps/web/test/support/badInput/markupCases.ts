import { element, linkNode, text } from './markup'

/**
 * Rich text and page fields for the reader's pages: URLs that must never become a live link,
 * text that must stay text, and nodes no editor could make. Each entry names what it tries.
 */

export const SCRIPT = '<script>alert(1)</script>'

export type NodeCase = { name: string; nodes: unknown[] }

/** Quotes nested `levels` deep around one word. */
const nestedQuotes = (levels: number) =>
  Array.from({ length: levels }).reduce<unknown>((inner) => element('quote', [inner]), text('deep'))

/** A table cell whose background loads `url`. */
const cssCell = (url: string) =>
  element('table', [
    element('tablerow', [
      element('tablecell', [text('x')], { backgroundColor: `red;background-image:url(${url})` }),
    ]),
  ])

/** An upload node whose document points at `url`. */
const uploadNode = (url: string, value: Record<string, unknown>) => ({
  type: 'upload',
  version: 3,
  relationTo: 'media',
  fields: {},
  value: { url, ...value },
})

export const hostileUrls: { name: string; url: unknown }[] = [
  { name: 'javascript:', url: 'javascript:alert(1)' },
  { name: 'mixed-case JaVaScRiPt:', url: 'JaVaScRiPt:alert(1)' },
  { name: 'leading space', url: ' javascript:alert(1)' },
  { name: 'leading tab', url: '\tjavascript:alert(1)' },
  { name: 'tab inside the scheme', url: 'java\tscript:alert(1)' },
  { name: 'newline inside the scheme', url: 'java\nscript:alert(1)' },
  { name: 'leading NUL', url: '\u0000javascript:alert(1)' },
  { name: 'leading control character', url: '\u0001javascript:alert(1)' },
  { name: 'leading no-break space', url: '\u00a0javascript:alert(1)' },
  { name: 'javascript: with a comment', url: 'javascript://%0Aalert(1)' },
  { name: 'entity-encoded scheme', url: '&#106;avascript:alert(1)' },
  { name: 'entity colon', url: 'javascript&colon;alert(1)' },
  { name: 'data: HTML', url: 'data:text/html,<script>alert(1)</script>' },
  { name: 'DATA: base64', url: 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'data: SVG', url: 'data:image/svg+xml,<svg onload=alert(1)>' },
  { name: 'vbscript:', url: 'vbscript:msgbox(1)' },
  { name: 'file:', url: 'file:///etc/passwd' },
  { name: 'protocol-relative', url: '//evil.example' },
  { name: 'backslash host', url: '/\\evil.example' },
  { name: 'url is an array', url: ['javascript:alert(1)'] },
  { name: 'url is an object', url: { href: 'javascript:alert(1)' } },
]

export const hostileTexts: { name: string; text: string }[] = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'attribute break-out', text: '"><svg onload=alert(1)>' },
  {
    name: 'closing tags and an iframe',
    text: '</p></article><iframe src="javascript:alert(1)"></iframe>',
  },
  { name: 'style tag', text: '<style>body{display:none}</style>' },
  { name: 'HTML comment opener', text: '<!-- <script>alert(1)</script>' },
  { name: 'template injection', text: "{{constructor.constructor('alert(1)')()}}" },
]

/** Nodes rendered straight onto the article page: each must come out inert. */
export const renderedNodeCases: NodeCase[] = [
  { name: 'unknown node carrying HTML', nodes: [{ type: 'html', html: SCRIPT, version: 1 }] },
  {
    name: 'unknown node named script',
    nodes: [{ type: 'script', text: SCRIPT, children: [], version: 1 }],
  },
  { name: 'raw HTML node', nodes: [{ type: 'raw', value: SCRIPT, version: 1 }] },
  { name: 'heading with tag script', nodes: [element('heading', [text('x')], { tag: 'script' })] },
  {
    name: 'list with tag script',
    nodes: [element('list', [element('listitem', [text('x')])], { tag: 'script' })],
  },
  {
    name: 'list item value breaking out',
    nodes: [
      element('list', [element('listitem', [text('x')], { value: `">${SCRIPT}` })], { tag: 'ul' }),
    ],
  },
  {
    name: 'table cell with CSS that loads a URL',
    nodes: [cssCell('https://evil.example/track')],
  },
  {
    name: 'upload node with a data: URL document',
    nodes: [
      uploadNode(`data:text/html,${SCRIPT}`, { mimeType: 'application/pdf', filename: 'x.pdf' }),
    ],
  },
  {
    name: 'upload node with a javascript: image',
    nodes: [
      uploadNode('javascript:alert(1)', { mimeType: 'image/png', filename: 'x.png', alt: 'x' }),
    ],
  },
  {
    name: 'text node whose text is an object',
    nodes: [
      element('paragraph', [{ type: 'text', text: { __html: SCRIPT }, format: 0, version: 1 }]),
    ],
  },
  {
    name: 'indent and format that are CSS',
    nodes: [
      element('paragraph', [text('x')], {
        indent: '1;background:url(x)',
        format: 'center;background:url(x)',
      }),
    ],
  },
  { name: '200 nested quotes', nodes: [nestedQuotes(200)] },
]

/** Bodies staff try to store: refused on save, or stored and then rendered inert. */
export const storedNodeCases: NodeCase[] = [
  ...hostileUrls
    .filter((item) => typeof item.url === 'string')
    .slice(0, 16)
    .map((item) => ({
      name: `link to ${item.name}`,
      nodes: [element('paragraph', [linkNode(item.url)])],
    })),
  {
    name: 'autolink to javascript:',
    nodes: [element('paragraph', [linkNode('javascript:alert(1)', 'x', 'autolink')])],
  },
  { name: 'text with a script tag', nodes: [element('paragraph', [text(SCRIPT)])] },
  {
    name: 'text with img onerror',
    nodes: [element('heading', [text('<img src=x onerror=alert(1)>')], { tag: 'h2' })],
  },
  { name: 'unknown node carrying HTML', nodes: [{ type: 'html', html: SCRIPT, version: 1 }] },
  { name: 'table cell with CSS that loads a URL', nodes: [cssCell('https://evil.example/t')] },
  { name: 'heading with tag script', nodes: [element('heading', [text('x')], { tag: 'script' })] },
  { name: 'node without a type', nodes: [{ foo: 1, children: [] }] },
  {
    name: 'node whose children is a string',
    nodes: [{ type: 'paragraph', children: SCRIPT, version: 1 }],
  },
  {
    name: 'link whose url is an array',
    nodes: [element('paragraph', [linkNode(['javascript:alert(1)'])])],
  },
  { name: 'quotes nested 1000 deep', nodes: [nestedQuotes(1000)] },
]
