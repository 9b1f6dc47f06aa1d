import type { Expected } from './expectations'
import type { Caller } from './fixture'

/**
 * Hostile REST query strings and credentials, anonymous unless `as` says otherwise. Each entry
 * names what it tries, so a failure reads as a finding.
 */

export type QueryCase = {
  name: string
  path: string
  as?: Caller
  headers?: Record<string, string>
  /** Exact status, or a class: 'ok' 2xx, 'refused' 4xx, 'calm' anything below 500. */
  expect: Expected
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
