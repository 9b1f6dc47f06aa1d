/**
 * Text for XML documents (feeds, sitemap indexes). Escapes the five markup characters and drops
 * the control characters XML 1.0 forbids, which would make a feed unparseable for every reader.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

export const escapeXml = (value: string): string =>
  value.replace(forbidden, '').replace(/[&<>"']/g, (char) => entities[char] ?? char)
