/**
 * Links typed by editors or imported from elsewhere render only when they are web, mail or phone
 * links or stay on this site; `javascript:` and `data:` become inert.
 */
export const safeHref = (href: unknown): string | undefined => {
  if (typeof href !== 'string') return undefined
  const value = href.trim()
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
