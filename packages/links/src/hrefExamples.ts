/**
 * Addresses every check of links is tried with: the CMS's refusal on save and the reader site's
 * inert rendering must agree on each. Test data, exported as `@groundwork/links/examples`.
 */
export const SAFE_HREFS = [
  'https://www.samhsa.gov/find-help',
  'http://example.org',
  'mailto:help@example.org',
  'tel:+18006624357',
  '/articles/first-week',
  '#what-helped',
]

export const UNSAFE_HREFS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  '  JavaScript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'DATA:text/html;base64,PHNjcmlwdD4=',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example',
  '//evil.example/path',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  'evil.example',
]
