import { lexicalElement, lexicalText } from '@groundwork/cms/seed'
import {
  ArticlePage,
  type ArticlePageModel,
  articlePageSchema,
  type RichTextValue,
} from '@groundwork/ui'
import { createElement, type ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

/**
 * Server-renders reader components and lists whatever in the markup could run script or leave
 * the site: script-capable elements, event-handler attributes, `javascript:`/`data:`/`vbscript:`
 * URLs (after the decoding and stripping a browser applies), CSS that loads URLs.
 */
export const render = (element: ReactElement) => renderToStaticMarkup(element)

/** Lexical nodes as the CMS builds them (its seed's builders). */
export { lexicalElement as element, lexicalText as text }

export const linkNode = (url: unknown, label = 'the label', type = 'link', newTab = false) =>
  lexicalElement(type, [lexicalText(label)], {
    fields: { linkType: 'custom', url, newTab },
    version: 3,
  })

export const doc = (...children: unknown[]): RichTextValue =>
  ({ root: lexicalElement('root', children) }) as unknown as RichTextValue

const baseModel = (body: RichTextValue): ArticlePageModel => ({
  title: 'A calm title',
  slug: 'a-calm-title',
  excerpt: null,
  publishedAt: '2026-01-05T10:00:00.000Z',
  updatedAt: null,
  heroImage: null,
  body,
  authors: [
    {
      name: 'Ana Reyes',
      slug: 'ana-reyes',
      jobTitle: null,
      credentials: null,
      bio: null,
      photo: null,
    },
  ],
  topics: [],
  callToAction: null,
  alsoBrowsed: [],
  disclaimer: null,
  medicalReview: null,
  meta: { title: 'A calm title', description: null, image: null },
})

/** The reader's article page for a body (and any other fields), checked by the page's schema. */
export const renderArticle = (body: RichTextValue, overrides: Partial<ArticlePageModel> = {}) =>
  render(
    createElement(ArticlePage, {
      article: articlePageSchema.parse({ ...baseModel(body), ...overrides }),
    }),
  )

const BLOCKED_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'style',
  'meta',
  'base',
  'template',
  'noscript',
])
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'ping',
])
/** React 19 replaces a `javascript:` URL with this inert one: not a live link. */
const REACT_BLOCKED = "javascript:throw new Error('React has blocked a javascript: URL"

const decodeEntities = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) =>
      String.fromCodePoint(Number.parseInt(hex, 16)),
    )
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&colon;/gi, ':')
    .replace(/&tab;/gi, '\t')
    .replace(/&newline;/gi, '\n')
    .replace(/&amp;/g, '&')

/** A URL as a browser reads it: entities decoded, tabs and newlines dropped, C0 and spaces trimmed. */
const browserUrl = (raw: string) =>
  decodeEntities(raw)
    .replace(/[\t\n\r]/g, '')
    // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip exactly these
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .toLowerCase()

const dangerousUrl = (raw: string): string | null => {
  const url = browserUrl(raw)
  if (url.startsWith(REACT_BLOCKED.toLowerCase())) return null
  for (const scheme of ['javascript:', 'data:', 'vbscript:', 'file:']) {
    if (url.startsWith(scheme)) return scheme
  }
  if (url.startsWith('//') || url.startsWith('/\\') || url.startsWith('\\\\')) return 'off-site'
  return null
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

/** Everything in `html` that could run script or load something it should not; empty when inert. */
export const markupProblems = (html: string): string[] => {
  const problems: string[] = []
  for (const match of html.matchAll(/<([a-zA-Z][\w:-]*)([^>]*)>/g)) {
    const [tag, rawName = '', attributes = ''] = match
    const name = rawName.toLowerCase()
    if (BLOCKED_ELEMENTS.has(name)) problems.push(`<${name}> element: ${tag.slice(0, 120)}`)
    // React adds <link rel="preload" as="image"> for images; any other <link> could load CSS.
    if (name === 'link' && !/\srel="preload"/.test(attributes)) {
      problems.push(`<link> element: ${tag.slice(0, 120)}`)
    }
    for (const attribute of attributes.matchAll(ATTRIBUTE)) {
      const key = (attribute[1] ?? '').toLowerCase()
      const value = attribute[2] ?? attribute[3] ?? attribute[4] ?? ''
      if (key.startsWith('on')) problems.push(`event handler ${key} on <${name}>`)
      if (key === 'srcdoc') problems.push(`srcdoc on <${name}>`)
      if (URL_ATTRIBUTES.has(key)) {
        const danger = dangerousUrl(value)
        if (danger) problems.push(`${danger} URL in ${key} of <${name}>: ${value.slice(0, 120)}`)
      }
      if (
        key === 'style' &&
        /url\s*\(|expression\s*\(|javascript:|@import/i.test(decodeEntities(value))
      ) {
        problems.push(`style that loads or runs something on <${name}>: ${value.slice(0, 120)}`)
      }
    }
  }
  return problems
}

/** How `value` looks once React escaped it as text (what the reader should see, literally). */
export const escapedText = (value: string) =>
  value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
