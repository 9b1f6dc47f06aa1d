/**
 * Hostile JSON bodies sent by staff and log-in bodies sent by anyone. Every one of them must be
 * refused and change nothing. Each entry names what it tries, so a failure reads as a finding.
 */

const MB = 1024 * 1024

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

/**
 * Article fields with the wrong type or value: merged into an otherwise valid article.
 * `postOnly`: too slow to send twice, and a create shows the same thing.
 */
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

/** Site settings with the wrong type or value, sent by an admin. */
export const siteFieldCases: { name: string; json: string }[] = [
  { name: 'review period is text', json: '{"reviewPeriodMonths":"abc"}' },
  { name: 'review period is negative', json: '{"reviewPeriodMonths":-5}' },
  { name: 'review period is huge', json: '{"reviewPeriodMonths":1e308}' },
  { name: 'name is an object', json: '{"name":{"$set":"owned"}}' },
  { name: 'name is empty', json: '{"name":""}' },
  { name: 'description is empty', json: '{"description":""}' },
  { name: 'description is too long', json: JSON.stringify({ description: 'x'.repeat(301) }) },
  { name: 'cookie notice is a string', json: '{"cookieNotice":"x"}' },
  { name: 'default disclaimer names nobody', json: '{"defaultDisclaimer":999999}' },
]
