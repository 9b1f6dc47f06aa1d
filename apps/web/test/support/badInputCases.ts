import { deflateSync } from 'node:zlib'

/**
 * Hostile input for `badInput.int.test.ts`, as plain lists: the test crosses them with the
 * surfaces they reach. Each entry names what it tries, so a failure reads as a finding.
 */

const MB = 1024 * 1024

// ---------------------------------------------------------------------------------------------
// Slugs: reader routes (`/articles/<slug>`, `/topics/<slug>`, `/authors/<slug>`) and `where`.
// None of them is a stored slug, so every surface must answer "not found", calmly.
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// REST query strings, anonymous unless `as` says otherwise.
// ---------------------------------------------------------------------------------------------

export type Caller = 'anon' | 'admin' | 'contributor'

export type QueryCase = {
  name: string
  path: string
  as?: Caller
  headers?: Record<string, string>
  /** Exact status, or a class: 'ok' 2xx, 'refused' 4xx, 'calm' anything below 500. */
  expect: number | 'ok' | 'refused' | 'calm'
  /** For a 200 list: how many docs at most, when it matters. */
  maxDocs?: number
}

const nested = (levels: number) => `where${'[or][0]'.repeat(levels)}[slug][equals]=x`

export const queryCases: QueryCase[] = [
  // where injection
  {
    name: 'or-like % lists only published',
    path: 'articles?where[or][0][slug][like]=%25',
    expect: 200,
  },
  {
    name: 'or with a draft status',
    path: 'articles?where[or][0][_status][equals]=draft',
    expect: 200,
    maxDocs: 0,
  },
  {
    name: 'and not-published',
    path: 'articles?where[and][0][_status][not_equals]=published',
    expect: 200,
    maxDocs: 0,
  },
  {
    name: '_status equals draft',
    path: 'articles?where[_status][equals]=draft',
    expect: 200,
    maxDocs: 0,
  },
  {
    name: '_status in [draft]',
    path: 'articles?where[_status][in][0]=draft',
    expect: 200,
    maxDocs: 0,
  },
  {
    name: '_status equals draft with draft=true',
    path: 'articles?where[_status][equals]=draft&draft=true',
    expect: 200,
    maxDocs: 0,
  },
  { name: 'draft=true', path: 'articles?draft=true', expect: 200 },
  {
    name: 'SQL in like',
    path: 'articles?where[slug][like]=%27%20OR%201%3D1--',
    expect: 200,
    maxDocs: 0,
  },
  {
    name: 'SQL in contains',
    path: 'articles?where[title][contains]=%27%3B%20DROP%20TABLE%20articles%3B--',
    expect: 200,
    maxDocs: 0,
  },
  { name: 'unknown field', path: 'articles?where[nope][equals]=1', expect: 'refused' },
  { name: 'Mongo operator $ne', path: 'articles?where[slug][$ne]=x', expect: 'refused' },
  { name: 'Mongo operator $where', path: 'articles?where[$where]=1%3D%3D1', expect: 'refused' },
  {
    name: 'operator value is an object',
    path: 'articles?where[slug][equals][$ne]=x',
    expect: 'calm',
    maxDocs: 0,
  },
  { name: 'unknown operator', path: 'articles?where[slug][regex_match]=.*', expect: 'refused' },
  { name: 'where is a plain string', path: 'articles?where=1%3D1', expect: 'calm' },
  { name: 'where is an array', path: 'articles?where[]=x&where[]=y', expect: 'calm' },
  { name: 'nested 50 levels', path: `articles?${nested(50)}`, expect: 'calm', maxDocs: 0 },
  { name: 'nested 11 levels', path: `articles?${nested(11)}`, expect: 'calm', maxDocs: 0 },
  {
    name: 'hidden field createdBy exists',
    path: 'articles?where[createdBy][exists]=true',
    expect: 'refused',
  },
  {
    name: 'hidden field createdBy equals',
    path: 'articles?where[createdBy][equals]=1',
    expect: 'refused',
  },
  {
    name: 'hidden relation createdBy.email',
    path: 'articles?where[createdBy.email][like]=admin',
    expect: 'refused',
  },
  { name: 'id equals text', path: 'articles?where[id][equals]=abc', expect: 200, maxDocs: 0 },
  { name: 'id in with junk', path: 'articles?where[id][in]=1,abc,-1', expect: 'calm' },
  {
    name: 'date compared with junk',
    path: 'articles?where[publishedAt][greater_than]=notadate',
    expect: 'calm',
  },
  // Postgres cannot compare text with NUL: the query is refused as the caller's mistake.
  { name: 'null byte in equals', path: 'articles?where[slug][equals]=a%00b', expect: 400 },
  { name: 'null byte in like', path: 'topics?where[name][like]=%00', expect: 400 },
  {
    name: 'invalid percent encoding',
    path: 'articles?where[slug][equals]=%E0%A4%A',
    expect: 'calm',
    maxDocs: 0,
  },
  // sort and select
  { name: 'sort by -password', path: 'articles?sort=-password', expect: 'calm' },
  { name: 'sort by hash', path: 'articles?sort=hash', expect: 'calm' },
  { name: 'sort by hidden createdBy', path: 'articles?sort=-createdBy', expect: 'calm' },
  {
    name: 'sort with SQL',
    path: 'articles?sort=title%3B%20DROP%20TABLE%20articles',
    expect: 'calm',
  },
  { name: 'select hidden createdBy', path: 'articles?select[createdBy]=true', expect: 200 },
  { name: 'select junk', path: 'articles?select[__proto__][polluted]=true', expect: 'calm' },
  // depth
  { name: 'depth=-1', path: 'articles?depth=-1', expect: 200 },
  { name: 'depth=99999', path: 'articles?depth=99999', expect: 200 },
  { name: 'depth=abc', path: 'articles?depth=abc', expect: 200 },
  { name: 'depth=1e999', path: 'articles?depth=1e999', expect: 200 },
  { name: 'depth as an array', path: 'articles?depth[]=5&depth[]=9', expect: 'calm' },
  // limit
  { name: 'limit=-5', path: 'articles?limit=-5', expect: 200 },
  { name: 'limit=1e9', path: 'articles?limit=1e9', expect: 200 },
  { name: 'limit=abc', path: 'articles?limit=abc', expect: 200 },
  { name: 'limit=0 without pagination', path: 'articles?limit=0&pagination=false', expect: 200 },
  { name: 'limit=99999999999999999999', path: 'articles?limit=99999999999999999999', expect: 200 },
  { name: 'limit duplicated', path: 'articles?limit=5&limit=100000', expect: 'calm' },
  // page
  { name: 'page=0', path: 'articles?page=0', expect: 'calm' },
  { name: 'page=-1', path: 'articles?page=-1', expect: 'calm' },
  { name: 'page=1e20', path: 'articles?page=1e20', expect: 'calm', maxDocs: 0 },
  { name: 'page=abc', path: 'articles?page=abc', expect: 'calm' },
  { name: 'page=1.5', path: 'articles?page=1.5', expect: 'calm' },
  { name: 'page=99999', path: 'articles?page=99999', expect: 200, maxDocs: 0 },
  { name: 'page as an array', path: 'articles?page[]=1&page[]=2', expect: 'calm' },
  // other parameters
  { name: 'locale=../../', path: 'articles?locale=../../', expect: 200 },
  { name: 'locale=*', path: 'articles?locale=*&fallback-locale=../../etc', expect: 200 },
  { name: 'trash=true', path: 'articles?trash=true', expect: 'calm' },
  { name: 'joins limit abuse', path: 'authors?joins[articles][limit]=100000', expect: 200 },
  {
    name: 'joins where on drafts',
    path: 'authors?joins[articles][where][_status][equals]=draft',
    expect: 200,
  },
  { name: 'populate junk', path: 'articles?populate[authors][__proto__]=true', expect: 'calm' },
  { name: 'count of drafts', path: 'articles/count?where[_status][equals]=draft', expect: 200 },
  {
    name: 'an endpoint Payload does not mount (/distinct)',
    path: 'articles/distinct?field=createdBy',
    expect: 'refused',
  },
  { name: 'versions list', path: 'articles/versions', expect: 'refused' },
  {
    name: 'versions of drafts',
    path: 'articles/versions?where[version._status][equals]=draft',
    expect: 'refused',
  },
  { name: 'users list', path: 'users', expect: 'refused' },
  { name: 'users by email', path: 'users?where[email][like]=admin', expect: 'refused' },
  { name: 'unknown collection', path: 'nope', expect: 404 },
  { name: 'path traversal', path: 'articles/1/../../users', expect: 'refused' },
  // staff reading what nobody may read
  { name: 'admin sorts users by hash', path: 'users?sort=hash', as: 'admin', expect: 'calm' },
  { name: 'admin sorts users by salt', path: 'users?sort=-salt', as: 'admin', expect: 'calm' },
  {
    name: 'admin selects hash',
    path: 'users?select[hash]=true&select[salt]=true',
    as: 'admin',
    expect: 200,
  },
  {
    name: 'admin filters on hash',
    path: 'users?where[hash][exists]=true',
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'admin filters on salt',
    path: 'users?where[salt][like]=a',
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'admin filters on reset token',
    path: 'users?where[resetPasswordToken][exists]=true',
    as: 'admin',
    expect: 'calm',
  },
  { name: 'admin page=1e20', path: 'articles?page=1e20', as: 'admin', expect: 'calm' },
  {
    name: 'admin limit=1e9 depth=99999',
    path: 'articles?limit=1e9&depth=99999',
    as: 'admin',
    expect: 200,
  },
  {
    name: 'contributor lists users',
    path: 'users?limit=100',
    as: 'contributor',
    expect: 200,
    maxDocs: 1,
  },
  // forged and garbage credentials
  {
    name: 'garbage JWT',
    path: 'users/me',
    headers: { authorization: 'JWT garbage' },
    expect: 'calm',
  },
  {
    name: '10 KB JWT',
    path: 'users/me',
    headers: { authorization: `JWT ${'a'.repeat(10_000)}` },
    expect: 'calm',
  },
  {
    name: 'Bearer junk',
    path: 'users/me',
    headers: { authorization: 'Bearer x.y.z' },
    expect: 'calm',
  },
  {
    name: 'API key with SQL',
    path: 'users/me',
    headers: { authorization: "users API-Key ' OR 1=1--" },
    expect: 'calm',
  },
  {
    name: 'API key for another collection',
    path: 'users/me',
    headers: { authorization: 'authors API-Key x' },
    expect: 'calm',
  },
  {
    name: 'cookie junk',
    path: 'users/me',
    headers: { cookie: 'payload-token=%%%; payload-token=..' },
    expect: 'calm',
  },
]

/** A JWT with `alg: none` claiming to be the first user: must never authenticate. */
export const unsignedJwt = (email: string) => {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const exp = Math.floor(Date.now() / 1000) + 3600
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ id: 1, collection: 'users', email, exp })}.`
}

// ---------------------------------------------------------------------------------------------
// Ids in `/api/articles/<id>`: not integers, or integers nobody has.
// ---------------------------------------------------------------------------------------------

/**
 * `{id}` stands for a real article's id: text around a real id must not address that article
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

// ---------------------------------------------------------------------------------------------
// JSON bodies sent by staff. Every one of them must be refused and change nothing.
// ---------------------------------------------------------------------------------------------

export type BodyCase = {
  name: string
  body: string
  /** Sent instead of application/json. */
  contentType?: string | null
}

const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`

/** Bodies wrong as a whole, for any write endpoint. */
export const malformedBodies: BodyCase[] = [
  { name: 'truncated JSON', body: '{"title":' },
  { name: 'not JSON at all', body: 'not json' },
  { name: 'single-quoted JSON', body: "{'title':'x'}" },
  { name: 'trailing garbage', body: '{"title":"x"}}' },
  { name: 'a lone bracket', body: '[' },
  { name: 'a NUL character', body: '\u0000' },
  { name: 'JSON null', body: 'null' },
  { name: 'a JSON number', body: '123' },
  { name: 'a JSON string', body: '"title"' },
  { name: 'JSON true', body: 'true' },
  { name: 'a JSON array', body: '[]' },
  { name: 'an array of objects', body: '[{"title":"x"}]' },
  { name: 'an object nested 10k levels', body: deepObject(10_000) },
  { name: 'an array nested 10k levels', body: deepArray(10_000) },
  { name: 'JSON sent as text/plain', body: '{"title":"x"}', contentType: 'text/plain' },
  {
    name: 'JSON sent as a form',
    body: 'title=x&_status=published',
    contentType: 'application/x-www-form-urlencoded',
  },
  { name: 'multipart without a boundary', body: 'x', contentType: 'multipart/form-data' },
  { name: 'no content type', body: '{"title":"x"}', contentType: null },
]

/** Article fields with the wrong type or value: merged into an otherwise valid article. */
/** `postOnly`: too slow to send twice, and a create shows the same thing. */
export const articleFieldCases: { name: string; fields: string; postOnly?: boolean }[] = [
  { name: 'title is an object', fields: '"title":{}' },
  { name: 'title is an array', fields: '"title":["a","b"]' },
  { name: 'title is null', fields: '"title":null' },
  { name: 'title is 5 MB', fields: `"title":"${'t'.repeat(5 * MB)}"` },
  { name: 'title nested 10k levels', fields: `"title":${deepObject(10_000)}` },
  { name: 'authors is a string', fields: '"authors":"x"' },
  { name: 'authors is an object', fields: '"authors":{"0":1}' },
  { name: 'authors names nobody', fields: '"authors":[999999]' },
  { name: 'authors with a negative id', fields: '"authors":[-1]' },
  { name: 'authors with SQL', fields: '"authors":["1; DROP TABLE articles"]' },
  { name: 'authors past bigint', fields: '"authors":[99999999999999999999]' },
  { name: '_status is weird', fields: '"_status":"weird"' },
  { name: '_status is an object', fields: '"_status":{"$ne":"draft"}' },
  { name: 'publishedAt is not a date', fields: '"publishedAt":"not a date"' },
  { name: 'publishedAt is an object', fields: '"publishedAt":{}' },
  { name: 'excerpt past its limit', fields: `"excerpt":"${'e'.repeat(401)}"` },
  { name: 'heroImage names nobody', fields: '"heroImage":999999' },
  { name: 'heroImage is text', fields: '"heroImage":"../../etc/passwd"' },
  { name: 'topics with junk', fields: '"topics":["abc",{}]' },
  { name: 'disclaimer is an array', fields: '"disclaimer":[1,2]' },
  { name: 'alsoBrowsed names nobody', fields: '"alsoBrowsed":[999999]' },
  { name: 'body is a string', fields: '"body":"<script>alert(1)</script>"' },
  { name: 'body is empty', fields: '"body":{}' },
  { name: 'body root is null', fields: '"body":{"root":null}' },
  { name: 'body children is a string', fields: '"body":{"root":{"type":"root","children":"x"}}' },
  {
    name: 'body child without a type',
    fields: '"body":{"root":{"type":"root","children":[{"foo":1}]}}',
  },
  {
    name: 'body child is a string',
    fields: '"body":{"root":{"type":"root","children":["<script>"]}}',
  },
  {
    name: 'body nested 10k levels',
    fields: `"body":{"root":{"type":"root","version":1,"children":[${'{"type":"paragraph","version":1,"children":['.repeat(10_000)}{"type":"text","text":"deep","version":1}${']}'.repeat(10_000)}]}}`,
  },
  {
    name: 'body upload node with a data: URL object',
    fields: `"body":{"root":{"type":"root","version":1,"children":[{"type":"upload","version":3,"relationTo":"media","fields":{},"value":{"url":"data:text/html,<script>alert(1)</script>","mimeType":"application/pdf","filename":"x.pdf"}}]}}`,
  },
  {
    name: 'body of 12 MB (oversized request)',
    postOnly: true,
    fields: `"body":{"root":{"type":"root","version":1,"children":[{"type":"paragraph","version":1,"children":[{"type":"text","version":1,"text":"${'b'.repeat(12 * MB)}"}]}]}}`,
  },
  {
    name: 'prototype pollution via __proto__',
    fields: '"__proto__":{"polluted":"yes"},"title":null',
  },
  {
    name: 'prototype pollution via constructor',
    fields: '"constructor":{"prototype":{"polluted":"yes"}},"title":null',
  },
]

/** User fields with the wrong type or value, sent by an admin creating an account. */
export const userFieldCases: { name: string; fields: string }[] = [
  { name: 'email is not an email', fields: '"email":"not-an-email"' },
  { name: 'email is an object', fields: '"email":{"$ne":null}' },
  { name: 'email is an array', fields: '"email":["a@example.test","b@example.test"]' },
  { name: 'email with a script tag', fields: '"email":"<script>alert(1)</script>@example.test"' },
  { name: 'email of 5 MB', fields: `"email":"${'e'.repeat(5 * MB)}@example.test"` },
  { name: 'password is an object', fields: '"password":{}' },
  { name: 'password is empty', fields: '"password":""' },
  { name: 'password is a number', fields: '"password":12345678901234' },
  { name: 'role does not exist', fields: '"role":"superadmin"' },
  { name: 'role is an array', fields: '"role":["admin","editor"]' },
  { name: 'author is text', fields: '"author":"x"' },
  {
    name: 'prototype pollution via __proto__',
    fields: '"__proto__":{"polluted":"yes"},"role":"superadmin"',
  },
]

/** Log-in bodies: none names an account, so no attempt counter moves either. */
export const loginCases: { name: string; body: string }[] = [
  { name: 'Mongo operators', body: '{"email":{"$ne":null},"password":{"$ne":null}}' },
  { name: 'email as an array', body: '{"email":["a@example.test"],"password":"x"}' },
  { name: 'SQL in email', body: `{"email":"' OR 1=1--","password":"x"}` },
  { name: 'SQL in password', body: `{"email":"nobody@example.test","password":"' OR '1'='1"}` },
  { name: 'password as an object', body: '{"email":"nobody@example.test","password":{}}' },
  { name: 'null body', body: 'null' },
  { name: 'malformed JSON', body: '{"email":' },
  { name: 'forgot password with an object email', body: '{"email":{"$gt":""}}' },
]

// ---------------------------------------------------------------------------------------------
// GraphQL.
// ---------------------------------------------------------------------------------------------

export type GraphqlCase = {
  name: string
  /** The raw POST body, or a query (sent with `variables`). */
  raw?: string
  query?: string
  variables?: Record<string, unknown>
  as?: Caller
  /** 'refused': an error and no data; 'ok': data and no error; 'calm': whatever is not a 5xx. */
  expect: 'refused' | 'ok' | 'calm'
  /** A write a correct system may accept (with what it must not do checked by the test). */
  mayWrite?: boolean
}

const nest = (level: number): string =>
  level === 0 ? 'title' : `title alsoBrowsed { ${nest(level - 1)} }`
const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

export const graphqlCases: GraphqlCase[] = [
  {
    name: 'depth bomb of 20 also-browsed levels',
    query: `{ Articles(limit: 100) { docs { ${nest(20)} } } }`,
    expect: 'refused',
  },
  {
    name: 'alias bomb of 500 lists',
    query: aliases(500, 'Articles(limit: 100) { docs { title } }'),
    expect: 'refused',
  },
  {
    name: 'alias bomb of 1000 documents',
    query: aliases(1000, 'Article(id: 1) { title body }'),
    expect: 'refused',
  },
  { name: 'alias bomb of 5000 __typename', query: aliases(5000, '__typename'), expect: 'calm' },
  {
    name: 'a 3 MB query of whitespace',
    query: `{ __typename ${' '.repeat(3 * MB)} }`,
    expect: 'calm',
  },
  {
    name: 'a 1 MB query of repeated fields',
    query: `{ Articles { docs { ${'title '.repeat(170_000)} } } }`,
    expect: 'calm',
  },
  {
    name: '1000 directives on one field',
    query: `{ __typename ${'@include(if: true) '.repeat(1000)} }`,
    expect: 'calm',
  },
  {
    name: 'fragment cycle',
    query:
      '{ Articles { docs { ...A } } } fragment A on Article { title ...B } fragment B on Article { slug ...A }',
    expect: 'refused',
  },
  {
    name: 'self-spreading fragment',
    query: '{ Articles { docs { ...A } } } fragment A on Article { ...A }',
    expect: 'refused',
  },
  { name: 'unclosed brace', query: '{', expect: 'refused' },
  { name: 'unclosed arguments', query: '{ Articles(', expect: 'refused' },
  { name: 'empty query', query: '', expect: 'refused' },
  { name: 'only closing braces', query: '}}}}', expect: 'refused' },
  { name: 'unknown field', query: '{ Articles { docs { password } } }', expect: 'refused' },
  { name: 'id as text', query: '{ Article(id: "abc") { title } }', expect: 'refused' },
  { name: 'id past Int', query: '{ Article(id: 99999999999) { title } }', expect: 'refused' },
  { name: 'negative id', query: '{ Article(id: -1) { title } }', expect: 'calm' },
  {
    name: 'variable of the wrong type',
    query: 'query ($id: Int!) { Article(id: $id) { title } }',
    variables: { id: 'abc' },
    expect: 'refused',
  },
  {
    name: 'variable that is an object',
    query: 'query ($id: Int!) { Article(id: $id) { title } }',
    variables: { id: { $ne: null } },
    expect: 'refused',
  },
  {
    name: 'missing variable',
    query: 'query ($id: Int!) { Article(id: $id) { title } }',
    expect: 'refused',
  },
  {
    name: 'where as a wrong-typed variable',
    query: 'query ($w: Article_where) { Articles(where: $w) { docs { title } } }',
    variables: { w: 'x' },
    expect: 'refused',
  },
  {
    name: 'introspection (allowed outside production)',
    query: '{ __schema { types { name } } }',
    expect: 'ok',
  },
  {
    name: 'drafts by status',
    query: '{ Articles(where: { _status: { equals: draft } }) { docs { title slug } } }',
    expect: 'calm',
  },
  {
    name: 'drafts with draft: true',
    query: '{ Articles(draft: true, limit: 100) { docs { title slug } } }',
    expect: 'ok',
  },
  {
    name: 'null byte in where',
    query: '{ Articles(where: { slug: { equals: "a\\u0000b" } }) { docs { title } } }',
    expect: 'calm',
  },
  { name: 'limit -5', query: '{ Articles(limit: -5) { docs { title } } }', expect: 'calm' },
  {
    name: 'limit 1000000',
    query: '{ Articles(limit: 1000000) { limit docs { title } } }',
    expect: 'calm',
  },
  { name: 'page -1', query: '{ Articles(page: -1) { docs { title } } }', expect: 'calm' },
  { name: 'page 0', query: '{ Articles(page: 0) { docs { title } } }', expect: 'calm' },
  { name: 'sort by hash', query: '{ Articles(sort: "hash") { docs { title } } }', expect: 'calm' },
  {
    name: 'hidden createdBy',
    query: '{ Articles { docs { title createdBy { email } } } }',
    expect: 'calm',
  },
  { name: 'users with emails', query: '{ Users { docs { email } } }', expect: 'refused' },
  { name: 'versions', query: '{ versionsArticles { docs { id } } }', expect: 'refused' },
  {
    name: 'create an article anonymously',
    query:
      'mutation { createArticle(data: { title: "x", slug: "x", authors: [__AUTHOR__] }) { id } }',
    expect: 'refused',
  },
  {
    name: 'delete an article anonymously',
    query: 'mutation { deleteArticle(id: __ARTICLE__) { id } }',
    expect: 'refused',
  },
  {
    name: 'create an admin anonymously',
    query:
      'mutation { createUser(data: { email: "x@example.test", password: "a-long-password-1", role: admin }) { id } }',
    expect: 'refused',
  },
  {
    name: 'update the site anonymously',
    query: 'mutation { updateSite(data: { name: "owned" }) { name } }',
    expect: 'refused',
  },
  {
    name: 'staff: 5 MB title',
    query: `mutation { updateArticle(id: __ARTICLE__, data: { title: "${'t'.repeat(5 * MB)}" }) { id } }`,
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'staff: authors that are text',
    query: 'mutation { createArticle(data: { title: "x", authors: ["x"] }) { id } }',
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'staff: unknown status',
    query:
      'mutation { createArticle(data: { title: "x", authors: [__AUTHOR__], _status: weird }) { id } }',
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'staff: invalid body JSON',
    query: 'mutation ($b: JSON) { updateArticle(id: __ARTICLE__, data: { body: $b }) { id } }',
    variables: { b: { root: { type: 'root', children: 'x' } } },
    as: 'admin',
    expect: 'refused',
  },
  {
    name: 'contributor makes itself admin',
    query: 'mutation ($id: Int!) { updateUser(id: $id, data: { role: admin }) { role } }',
    variables: { id: '__CONTRIBUTOR__' },
    as: 'contributor',
    expect: 'calm',
    mayWrite: true,
  },
  // raw bodies
  { name: 'body is not JSON', raw: 'not json', expect: 'refused' },
  { name: 'body is JSON null', raw: 'null', expect: 'refused' },
  {
    name: 'batch array',
    raw: '[{"query":"{ __typename }"},{"query":"{ __typename }"}]',
    expect: 'refused',
  },
  { name: 'query is a number', raw: '{"query":123}', expect: 'refused' },
  { name: 'query is missing', raw: '{}', expect: 'refused' },
  {
    name: 'variables is a string',
    raw: '{"query":"{ __typename }","variables":"x"}',
    expect: 'calm',
  },
  {
    name: 'unknown operation name',
    raw: '{"query":"query A { __typename }","operationName":"B"}',
    expect: 'refused',
  },
]

// ---------------------------------------------------------------------------------------------
// Rich text: URLs that must never become a live link, and text that must stay text.
// ---------------------------------------------------------------------------------------------

export const hostileUrls: { name: string; url: unknown }[] = [
  { name: 'javascript:', url: 'javascript:alert(1)' },
  { name: 'mixed-case JaVaScRiPt:', url: 'JaVaScRiPt:alert(1)' },
  { name: 'leading space', url: ' javascript:alert(1)' },
  { name: 'leading tab', url: '\tjavascript:alert(1)' },
  { name: 'tab inside the scheme', url: 'java\tscript:alert(1)' },
  { name: 'newline inside the scheme', url: 'java\nscript:alert(1)' },
  { name: 'leading NUL', url: '\u0000javascript:alert(1)' },
  { name: 'leading control character', url: '\u0001javascript:alert(1)' },
  { name: 'leading no-break space', url: '\u00a0javascript:alert(1)' },
  { name: 'javascript: with a comment', url: 'javascript://%0Aalert(1)' },
  { name: 'entity-encoded scheme', url: '&#106;avascript:alert(1)' },
  { name: 'entity colon', url: 'javascript&colon;alert(1)' },
  { name: 'data: HTML', url: 'data:text/html,<script>alert(1)</script>' },
  { name: 'DATA: base64', url: 'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
  { name: 'data: SVG', url: 'data:image/svg+xml,<svg onload=alert(1)>' },
  { name: 'vbscript:', url: 'vbscript:msgbox(1)' },
  { name: 'file:', url: 'file:///etc/passwd' },
  { name: 'protocol-relative', url: '//evil.example' },
  { name: 'backslash host', url: '/\\evil.example' },
  { name: 'url is an array', url: ['javascript:alert(1)'] },
  { name: 'url is an object', url: { href: 'javascript:alert(1)' } },
]

export const hostileTexts: { name: string; text: string }[] = [
  { name: 'script tag', text: '<script>alert(1)</script>' },
  { name: 'img onerror', text: '<img src=x onerror=alert(1)>' },
  { name: 'attribute break-out', text: '"><svg onload=alert(1)>' },
  {
    name: 'closing tags and an iframe',
    text: '</p></article><iframe src="javascript:alert(1)"></iframe>',
  },
  { name: 'style tag', text: '<style>body{display:none}</style>' },
  { name: 'HTML comment opener', text: '<!-- <script>alert(1)</script>' },
  { name: 'template injection', text: "{{constructor.constructor('alert(1)')()}}" },
]

// ---------------------------------------------------------------------------------------------
// Uploads to /api/media.
// ---------------------------------------------------------------------------------------------

export const SVG_WITH_SCRIPT =
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (bytes: Buffer) => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const chunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** A valid 8 × 8 red PNG, built by hand so the case list needs no image library. */
export const tinyPng = (size = 8) => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(size, 0)
  header.writeUInt32BE(size, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from('cc3333'.repeat(size), 'hex')])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: size }, () => row)))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

/** A real PNG whose header claims `width` × `height` pixels (a decompression bomb's header). */
export const pngClaiming = (png: Buffer, width: number, height: number) => {
  const bomb = Buffer.from(png)
  // Signature (8) + IHDR length (4) + "IHDR" (4): width and height follow, then the chunk CRC.
  bomb.writeUInt32BE(width, 16)
  bomb.writeUInt32BE(height, 20)
  bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29)
  return bomb
}

/** A file part for a form: bytes copied into a plain ArrayBuffer, as `Blob` wants them. */
export const blob = (bytes: Buffer | string, type: string) =>
  new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], { type })

export type UploadCase = {
  name: string
  filename: string
  type: string
  bytes: Buffer | string
  /** The `alt` sent in `_payload`; null sends no `_payload` at all. */
  alt?: string | null
  /** Further form fields or files. */
  extra?: (form: FormData) => void
  /** Sent as this raw body and content type instead of the form. */
  raw?: { body: string; contentType: string }
  as?: Caller
  /** 'refused': a 4xx; 'safe': refused, or stored with a safe name and served as an image. */
  expect: 'refused' | 'safe'
}

export const uploadCases = (png: Buffer): UploadCase[] => {
  const big = (mb: number) => Buffer.concat([png, Buffer.alloc(mb * MB)])
  return [
    {
      name: 'text posing as a PNG',
      filename: 'photo.png',
      type: 'image/png',
      bytes: 'just some words, no image here',
      expect: 'refused',
    },
    {
      name: 'HTML posing as a PNG',
      filename: 'photo.png',
      type: 'image/png',
      bytes: '<html><body><script>alert(1)</script></body></html>',
      expect: 'refused',
    },
    {
      name: 'SVG with script posing as a PNG',
      filename: 'photo.png',
      type: 'image/png',
      bytes: SVG_WITH_SCRIPT,
      expect: 'refused',
    },
    {
      name: 'SVG with script posing as a GIF',
      filename: 'photo.gif',
      type: 'image/gif',
      bytes: SVG_WITH_SCRIPT,
      expect: 'refused',
    },
    {
      name: 'SVG with script',
      filename: 'drawing.svg',
      type: 'image/svg+xml',
      bytes: SVG_WITH_SCRIPT,
      expect: 'refused',
    },
    {
      name: 'SVG with an external entity',
      filename: 'drawing.svg',
      type: 'image/svg+xml',
      bytes:
        '<?xml version="1.0"?><!DOCTYPE s [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="http://www.w3.org/2000/svg"><text>&x;</text></svg>',
      expect: 'refused',
    },
    {
      name: 'a harmless SVG (type not allowed)',
      filename: 'drawing.svg',
      type: 'image/svg+xml',
      bytes: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>',
      expect: 'refused',
    },
    {
      name: 'a Windows executable',
      filename: 'setup.exe',
      type: 'application/x-msdownload',
      bytes: Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(256)]),
      expect: 'refused',
    },
    {
      name: 'a Windows executable posing as a PNG',
      filename: 'photo.png',
      type: 'image/png',
      bytes: Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(256)]),
      expect: 'refused',
    },
    {
      name: 'an ELF binary posing as a JPEG',
      filename: 'photo.jpg',
      type: 'image/jpeg',
      bytes: Buffer.concat([Buffer.from('\x7fELF\x02\x01\x01'), Buffer.alloc(256)]),
      expect: 'refused',
    },
    {
      name: 'a PDF posing as a PNG',
      filename: 'photo.png',
      type: 'image/png',
      bytes: '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF',
      expect: 'refused',
    },
    {
      name: 'a PHP script with a double extension',
      filename: 'shell.php.png',
      type: 'image/png',
      bytes: "<?php system($_GET['c']); ?>",
      expect: 'refused',
    },
    {
      name: 'an HTML page',
      filename: 'page.html',
      type: 'text/html',
      bytes: '<script>alert(1)</script>',
      expect: 'refused',
    },
    {
      name: 'a PNG signature then garbage',
      filename: 'broken.png',
      type: 'image/png',
      bytes: Buffer.concat([png.subarray(0, 16), Buffer.from('garbage'.repeat(50))]),
      expect: 'refused',
    },
    {
      name: 'a PNG claiming 60000 × 60000 pixels',
      filename: 'bomb.png',
      type: 'image/png',
      bytes: pngClaiming(png, 60_000, 60_000),
      expect: 'refused',
    },
    {
      name: 'an empty file',
      filename: 'empty.png',
      type: 'image/png',
      bytes: Buffer.alloc(0),
      expect: 'refused',
    },
    {
      name: 'a PNG without alt text',
      filename: 'photo.png',
      type: 'image/png',
      bytes: png,
      alt: null,
      expect: 'refused',
    },
    {
      name: 'alt text that is an object',
      filename: 'photo.png',
      type: 'image/png',
      bytes: png,
      alt: null,
      extra: (form) => form.append('_payload', '{"alt":{"$ne":null}}'),
      expect: 'refused',
    },
    {
      name: 'malformed _payload JSON',
      filename: 'photo.png',
      type: 'image/png',
      bytes: png,
      alt: null,
      extra: (form) => form.append('_payload', '{"alt":'),
      expect: 'refused',
    },
    {
      name: 'a file field that is JSON text (client upload)',
      filename: '',
      type: '',
      bytes: '',
      alt: 'x',
      extra: (form) =>
        form.append(
          'file',
          '{"filename":"../../etc/passwd","url":"http://169.254.169.254/latest/meta-data/"}',
        ),
      expect: 'refused',
    },
    {
      name: 'a file field that is plain text',
      filename: '',
      type: '',
      bytes: '',
      alt: 'x',
      extra: (form) => form.append('file', 'not json'),
      expect: 'refused',
    },
    {
      name: 'the file under another field name',
      filename: '',
      type: '',
      bytes: '',
      alt: 'x',
      extra: (form) => form.append('notfile', blob(png, 'image/png'), 'photo.png'),
      expect: 'refused',
    },
    {
      name: 'four files at once',
      filename: 'one.png',
      type: 'image/png',
      bytes: png,
      extra: (form) => {
        for (const n of [2, 3, 4]) form.append('file', blob(png, 'image/png'), `${n}.png`)
      },
      expect: 'refused',
    },
    {
      name: '25 form fields',
      filename: 'photo.png',
      type: 'image/png',
      bytes: png,
      extra: (form) => {
        for (let n = 0; n < 25; n++) form.append(`f${n}`, 'x')
      },
      expect: 'refused',
    },
    {
      name: 'a 21 MB file (over the 20 MB limit)',
      filename: 'big.png',
      type: 'image/png',
      bytes: big(21),
      expect: 'refused',
    },
    {
      name: 'a 60 MB file (over the request limit)',
      filename: 'huge.png',
      type: 'image/png',
      bytes: big(60),
      expect: 'refused',
    },
    {
      name: 'an anonymous upload',
      filename: 'photo.png',
      type: 'image/png',
      bytes: png,
      as: 'anon',
      expect: 'refused',
    },
    {
      name: 'multipart without a boundary',
      filename: '',
      type: '',
      bytes: '',
      raw: { body: '--x\r\n', contentType: 'multipart/form-data' },
      expect: 'refused',
    },
    {
      name: 'multipart with a bogus boundary',
      filename: '',
      type: '',
      bytes: '',
      raw: { body: 'no parts here', contentType: 'multipart/form-data; boundary=zzz' },
      expect: 'refused',
    },
    {
      name: 'a PNG named .html',
      filename: 'page.html',
      type: 'text/html',
      bytes: png,
      expect: 'safe',
    },
    {
      name: 'a PNG named .svg',
      filename: 'drawing.svg',
      type: 'image/svg+xml',
      bytes: png,
      expect: 'safe',
    },
    {
      name: 'a PNG with a traversal name',
      filename: '../../../../tmp/escaped.png',
      type: 'image/png',
      bytes: png,
      expect: 'safe',
    },
    {
      name: 'a PNG with a 300-character name',
      filename: `${'n'.repeat(300)}.png`,
      type: 'image/png',
      bytes: png,
      expect: 'safe',
    },
    {
      name: 'a PNG with a script tag for a name',
      filename: '<img src=x onerror=alert(1)>.png',
      type: 'image/png',
      bytes: png,
      expect: 'safe',
    },
  ]
}
