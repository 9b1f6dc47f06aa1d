/**
 * Hostile path segments: slugs for the reader's routes and `where`, ids for `/api/articles/<id>`.
 * Each entry names what it tries, so a failure reads as a finding.
 */

/**
 * Slugs for the reader's routes (`/articles/<slug>`, `/topics/<slug>`, `/authors/<slug>`) and
 * `where`. None of them is a stored slug, so every surface must answer "not found", calmly.
 */
export const hostileSlugs = (realSlug: string): { name: string; slug: string }[] => [
  { name: 'empty', slug: '' },
  { name: 'a space', slug: ' ' },
  { name: 'parent directory', slug: '../' },
  { name: 'deep traversal', slug: '../../../../etc/passwd' },
  { name: 'encoded traversal', slug: '%2e%2e%2f%2e%2e%2fetc%2fpasswd' },
  { name: 'backslash traversal', slug: '..\\..\\windows\\win.ini' },
  { name: '10k characters', slug: 'a'.repeat(10_000) },
  { name: 'emoji', slug: '😀-recovery-🔥' },
  { name: 'accents and RTL override', slug: 'café-\u202egnp.exe' },
  { name: 'lone surrogate', slug: 'a\ud800b' },
  { name: 'null byte', slug: 'article\u0000' },
  { name: 'control characters', slug: 'a\u0001\u001f\u007fb' },
  { name: 'newline (header injection)', slug: 'a\r\nSet-Cookie: x=1' },
  { name: 'SQL tautology', slug: "' OR 1=1--" },
  { name: 'SQL stacked query', slug: '"; DROP TABLE articles; --' },
  { name: 'LIKE wildcards', slug: '%_%' },
  { name: 'script tag', slug: '<script>alert(1)</script>' },
  { name: 'spaces inside', slug: 'with some spaces' },
  { name: 'uppercase of a real slug', slug: realSlug.toUpperCase() },
  { name: 'real slug with a trailing slash', slug: `${realSlug}/` },
  { name: 'query string', slug: '?where[_status][equals]=draft' },
  { name: 'JSON object text', slug: '{"$ne":null}' },
]

/**
 * Ids in `/api/articles/<id>`: not integers, or integers nobody has. `{id}` stands for a real article's id: text around a real id must not address that article
 * (reads use the calm article; writes a sacrificial one, made fresh for the case).
 */
export const hostileIds: { name: string; segment: string }[] = [
  { name: 'letters', segment: 'abc' },
  { name: 'a decimal', segment: '1.5' },
  { name: 'negative', segment: '-1' },
  { name: 'zero', segment: '0' },
  { name: 'past bigint', segment: '99999999999999999999' },
  { name: 'hexadecimal', segment: '0x10' },
  { name: 'exponent', segment: '1e3' },
  { name: 'null byte', segment: '%00' },
  { name: 'script tag', segment: '%3Cscript%3E' },
  { name: 'the word null', segment: 'null' },
  { name: 'object text', segment: '%5Bobject%20Object%5D' },
  { name: 'traversal', segment: '..%2F..%2Fusers' },
  { name: 'a real id then SQL', segment: '{id}%20OR%201%3D1' },
  { name: 'a real id then a quote', segment: "{id}'" },
  { name: 'a real id then letters', segment: '{id}abc' },
  { name: 'a real id after a space', segment: '%20{id}' },
]
