import type { ImageRef } from './source'

/** `![alt](src "title")`, the source possibly in angle brackets. Reference-style images are not supported. */
const IMAGE = /!\[([^\]]*)\]\(\s*(?:<([^>]*)>|([^\s)]+))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g

const imageRef = (alt = '', angled?: string, bare?: string): ImageRef => ({
  alt: alt.trim(),
  src: (angled ?? bare ?? '').trim(),
})

export const markdownImages = (markdown: string): ImageRef[] =>
  [...markdown.matchAll(IMAGE)].map(([, alt, angled, bare]) => imageRef(alt, angled, bare))

/** Rewrites every image with what `replace` returns for it. */
export const replaceMarkdownImages = (markdown: string, replace: (image: ImageRef) => string) =>
  markdown.replace(IMAGE, (_match, alt?: string, angled?: string, bare?: string) =>
    replace(imageRef(alt, angled, bare)),
  )
