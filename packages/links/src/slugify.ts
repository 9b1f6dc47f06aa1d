/**
 * Text as lowercase ASCII words joined by single hyphens, at most `maxLength` characters: article
 * slugs (cms) and heading anchors (ui) are made by this one function, so a title and its
 * sections are spelled alike in every address.
 */
export const slugify = (text: string, maxLength = 120): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '')
