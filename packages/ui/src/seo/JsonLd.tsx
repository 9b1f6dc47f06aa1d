import type { JsonLdObject } from './structuredData'

/**
 * JSON for an inline script. `<` becomes `\u003c`, so a `</script>` or `<!--` in an article's
 * text cannot end the script early; `>`, `&` and the two JS line separators are escaped too.
 * JSON parsers read the escapes back as the same characters.
 */
export const serializeJsonLd = (data: JsonLdObject | readonly JsonLdObject[]): string =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')

export const JsonLd = ({ data }: { data: JsonLdObject | readonly JsonLdObject[] }) => (
  <script
    type="application/ld+json"
    // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLd escapes every `<`
    dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
  />
)
