/**
 * Links typed by editors or imported from elsewhere are safe when they are web, mail or phone
 * links or stay on this site; `javascript:`, `data:` and the rest are not. One rule, in a package
 * of its own so neither side imports the other: the CMS refuses other links on save, for API
 * consumers who render our rich text, and the reader site renders any stored before inert.
 */

/**
 * Browsers drop tabs and newlines inside a URL and ignore other control characters around it,
 * so `/<TAB>/evil.example` opens `//evil.example`: a control character anywhere is refused.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f]/

export const safeHref = (href: unknown): string | undefined => {
  if (typeof href !== 'string') return undefined
  const value = href.trim()
  if (CONTROL.test(value)) return undefined
  // `//host` and `/\host` leave the site in browsers, however much they look like local paths.
  if (value.startsWith('//') || value.startsWith('/\\')) return undefined
  if (value.startsWith('/') || value.startsWith('#')) return value
  try {
    const { protocol } = new URL(value)
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(protocol) ? value : undefined
  } catch {
    return undefined
  }
}
