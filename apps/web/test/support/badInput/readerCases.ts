import { MARKER } from './fixture'

/**
 * What a reader can type or edit in an address on the site: the search box's query (any shape
 * a query string parses to) and the page number of a list. Each entry names what it tries.
 */

export const hostileSearches: { name: string; q: unknown }[] = [
  { name: 'script tag', q: '<script>alert(1)</script>' },
  { name: 'SQL tautology', q: "' OR 1=1--" },
  { name: 'SQL with quotes allowed by the form', q: "recovery' OR 'a'='a" },
  { name: 'tsquery operators', q: 'a & b | !c <-> d' },
  { name: 'unbalanced quote', q: '"recovery' },
  { name: 'only parentheses', q: '((((' },
  { name: 'only punctuation', q: '!?.,:-' },
  { name: 'only stop words', q: 'the and or not' },
  { name: 'prefix match syntax', q: 'recov:*' },
  { name: '101 characters', q: 'a'.repeat(101) },
  { name: '10k characters', q: 'recovery '.repeat(1200) },
  { name: 'null byte', q: 'recovery\u0000' },
  { name: 'the delimiters snippets use', q: 'a\u0002b\u0003' },
  { name: 'RTL override', q: 'recovery\u202e' },
  { name: 'emoji', q: '😀 recovery' },
  { name: "the hidden draft's words", q: MARKER },
  { name: 'an array of queries', q: ['recovery', MARKER] },
  { name: 'an array holding an array', q: [['recovery']] },
  { name: 'an object', q: { $ne: null } },
  { name: 'a number', q: 42 },
  { name: 'nothing', q: undefined },
]

/** Named by their JSON text, so an empty or blank value is visible in the test's name. */
export const hostilePageNumbers = [
  '0',
  '1',
  '-1',
  '1e3',
  '2.5',
  ' 2',
  '0x10',
  '２',
  '',
  '00002',
  '99999',
  '10001',
  '9'.repeat(400),
  '2\u0000',
  'abc',
  '%32',
].map((value) => ({ value, name: JSON.stringify(value) }))
