import { gzipSync } from 'node:zlib'

export type ScriptFile = {
  url: string
  rawBytes: number
  gzipBytes: number
  /** Loaded only by browsers without ES modules; modern browsers skip it. */
  nomodule: boolean
}

export type PageJavaScript = {
  /** How many external scripts a modern browser downloads: those without `nomodule`. */
  files: number
  /** Their bytes. */
  rawBytes: number
  gzipBytes: number
  nomoduleRawBytes: number
  nomoduleGzipBytes: number
  /** Inline `<script>` contents, mostly the RSC payload; part of the HTML, not of `files`. */
  inlineBytes: number
  /** Every external script the page's HTML loads or preloads, each once, `nomodule` included. */
  scripts: ScriptFile[]
}

type Tag = { attributes: Map<string, string>; content: string }

const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g

const attributesOf = (source: string) =>
  new Map(
    Array.from(source.matchAll(attributePattern), ([, name = '', double, single, bare]) => [
      name.toLowerCase(),
      (double ?? single ?? bare ?? '').replaceAll('&amp;', '&'),
    ]),
  )

const scriptTags = (html: string): Tag[] =>
  Array.from(
    html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi),
    ([, attrs = '', content = '']) => ({
      attributes: attributesOf(attrs),
      content,
    }),
  )

const linkTags = (html: string): Tag[] =>
  Array.from(html.matchAll(/<link\b([^>]*)>/gi), ([, attrs = '']) => ({
    attributes: attributesOf(attrs),
    content: '',
  }))

/** JSON-LD and other data blocks sit in `<script>` tags but are never run. */
const isExecutable = ({ attributes }: Tag) => {
  const type = attributes.get('type')?.trim().toLowerCase()
  return !type || type === 'module' || type.includes('javascript') || type.includes('ecmascript')
}

/**
 * Next.js App Router pages load some chunks with `<script async src>` and announce the rest as
 * `<link rel="preload" as="script">` for its runtime to load; both are the page's JavaScript.
 * Chunks fetched later (next/dynamic, route prefetches) are not in the HTML and not counted.
 */
const isScriptPreload = ({ attributes }: Tag) => {
  const rel = attributes.get('rel')?.toLowerCase().split(/\s+/) ?? []
  return (
    rel.includes('modulepreload') || (rel.includes('preload') && attributes.get('as') === 'script')
  )
}

const fetchBytes = async (url: string) => {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return Buffer.from(await response.arrayBuffer())
}

const sum = (files: ScriptFile[], bytes: (file: ScriptFile) => number) =>
  files.reduce((total, file) => total + bytes(file), 0)

/** The JavaScript a page ships: its external scripts, fetched once each, and its inline ones. */
export const measurePageJavaScript = async (pageUrl: string): Promise<PageJavaScript> => {
  const page = await fetch(pageUrl)
  if (!page.ok) throw new Error(`${pageUrl} answered ${page.status}`)
  const html = await page.text()
  const scripts = scriptTags(html).filter(isExecutable)

  // A file both preloaded and loaded is one download; a `nomodule` tag marks it legacy-only.
  const nomoduleByUrl = new Map<string, boolean>()
  const note = (src: string | undefined, nomodule: boolean) => {
    if (!src) return
    const url = new URL(src, page.url).href
    nomoduleByUrl.set(url, (nomoduleByUrl.get(url) ?? true) && nomodule)
  }
  for (const { attributes } of scripts) note(attributes.get('src'), attributes.has('nomodule'))
  for (const link of linkTags(html).filter(isScriptPreload))
    note(link.attributes.get('href'), false)

  const files = await Promise.all(
    Array.from(nomoduleByUrl, async ([url, nomodule]): Promise<ScriptFile> => {
      const bytes = await fetchBytes(url)
      return {
        url,
        rawBytes: bytes.length,
        // Compressed here at gzip's highest level rather than taken from the response: a stable
        // measure of the code, independent of whether and how the server compresses.
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
        nomodule,
      }
    }),
  )
  const modern = files.filter((file) => !file.nomodule)
  const legacy = files.filter((file) => file.nomodule)
  const inline = scripts.filter(({ attributes }) => !attributes.has('src'))
  return {
    files: modern.length,
    rawBytes: sum(modern, (file) => file.rawBytes),
    gzipBytes: sum(modern, (file) => file.gzipBytes),
    nomoduleRawBytes: sum(legacy, (file) => file.rawBytes),
    nomoduleGzipBytes: sum(legacy, (file) => file.gzipBytes),
    inlineBytes: inline.reduce((total, { content }) => total + Buffer.byteLength(content), 0),
    scripts: files,
  }
}
