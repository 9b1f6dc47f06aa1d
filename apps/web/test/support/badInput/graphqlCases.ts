import type { Caller } from './fixture'

/**
 * Hostile GraphQL requests: bombs, malformed queries and bodies, reads past access and writes
 * by callers who may not write. Each entry names what it tries, so a failure reads as a finding.
 */

const MB = 1024 * 1024

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
