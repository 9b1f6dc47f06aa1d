import { describe, expect, it } from 'vitest'
import {
  articleFieldCases,
  type BodyCase,
  loginCases,
  malformedBodies,
  siteFieldCases,
  userFieldCases,
} from '../support/badInput/bodyCases'
import { expectCalmRest } from '../support/badInput/expectations'
import { type Caller, PASSWORD, useBadInput } from '../support/badInput/fixture'
import type { Method } from '../support/badInput/http'
import { expectRoleKept, refusedWrite } from '../support/badInput/writes'
import { body as richBody } from '../support/content'

/**
 * Issue #7, item 3, for what staff send from the admin (JSON over REST): bodies wrong as a
 * whole, fields of the wrong type, log-in bodies, and a contributor reaching past its role.
 * Every one must be refused with a 4xx and leave every table and media file as it was.
 */

/** A write endpoint, the caller who may use it and the path (which may name a fixture). */
type Target = { target: string; caller: Caller; method: Method; path: () => string }

describe('bad input', () => {
  const fx = useBadInput('admin')
  const json = (caller: Caller, method: Method, path: string, body?: string) =>
    fx.call(caller, method, path, body, body === undefined ? undefined : 'application/json')
  /** A write that must be refused: sent as JSON by `caller`. */
  const refusedJson = (caller: Caller, method: Method, path: string, body?: string) =>
    refusedWrite(fx, caller, () => json(caller, method, path, body))
  const articleBody = JSON.stringify(richBody({ p: 'A valid body.' }))

  describe('hostile JSON bodies', () => {
    const targets: Target[] = [
      { target: 'POST /api/articles', caller: 'admin', method: 'POST', path: () => 'articles' },
      {
        target: 'PATCH /api/articles/<id>',
        caller: 'admin',
        method: 'PATCH',
        path: () => `articles/${fx.ids.article}`,
      },
      { target: 'POST /api/users', caller: 'admin', method: 'POST', path: () => 'users' },
      {
        target: 'PATCH /api/users/<own id>',
        caller: 'contributor',
        method: 'PATCH',
        path: () => `users/${fx.ids.contributor}`,
      },
      {
        target: 'POST /api/globals/site',
        caller: 'admin',
        method: 'POST',
        path: () => 'globals/site',
      },
    ]
    const send = (item: BodyCase & Target) =>
      fx.call(
        item.caller,
        item.method,
        item.path(),
        item.contentType === null ? new TextEncoder().encode(item.body) : item.body,
        item.contentType === null ? null : (item.contentType ?? 'application/json'),
      )
    const malformed = malformedBodies.flatMap((item) =>
      targets.map((target) => ({ ...item, ...target })),
    )
    it.for(malformed)('$target: $name', async (item) => {
      await refusedWrite(fx, item.caller, () => send(item))
    })

    const articleCases = articleFieldCases.flatMap((item) => [
      { ...item, target: 'POST /api/articles', method: 'POST' as const },
      ...(item.postOnly
        ? []
        : [{ ...item, target: 'PATCH /api/articles/<id>', method: 'PATCH' as const }]),
    ])
    /** A valid article around the hostile fields on create; the fields alone on update. */
    const articleJson = (method: 'POST' | 'PATCH', fields: string) =>
      method === 'POST'
        ? `{"title":"Bad input article","authors":[${fx.ids.author}],"_status":"published","body":${articleBody},${fields}}`
        : `{${fields}}`
    it.for(articleCases)('$target: $name', async ({ fields, method }) => {
      const target = method === 'POST' ? 'articles' : `articles/${fx.ids.article}`
      await refusedJson('admin', method, target, articleJson(method, fields))
    })

    let userCount = 0
    it.for(userFieldCases)('POST /api/users: $name', async ({ fields }) => {
      const user = `"email":"badinput-new-${++userCount}@example.test","password":"${PASSWORD}","role":"editor"`
      await refusedJson('admin', 'POST', 'users', `{${user},${fields}}`)
    })

    it.for(siteFieldCases)('POST /api/globals/site: $name', async ({ json: body }) => {
      await refusedJson('admin', 'POST', 'globals/site', body)
    })

    it.for(loginCases)('log-in: $name', async ({ name, body }) => {
      const target = name.startsWith('forgot') ? 'users/forgot-password' : 'users/login'
      const answer = await refusedJson('anon', 'POST', target, body)
      expect(answer.text).not.toMatch(/"token"\s*:\s*"/)
    })
  })

  describe('a contributor reaching past its role', () => {
    const refused: { name: string; method: Method; path: () => string; json?: () => string }[] = [
      {
        name: 'edits a published article',
        method: 'PATCH',
        path: () => `articles/${fx.ids.article}`,
        json: () => '{"title":"Taken over"}',
      },
      {
        name: 'publishes a new article',
        method: 'POST',
        path: () => 'articles',
        json: () =>
          `{"title":"Self-published","authors":[${fx.ids.author}],"_status":"published","body":${JSON.stringify(richBody({ p: 'x' }))}}`,
      },
      {
        name: 'deletes a published article',
        method: 'DELETE',
        path: () => `articles/${fx.ids.article}`,
      },
      {
        name: 'creates a user',
        method: 'POST',
        path: () => 'users',
        json: () =>
          `{"email":"made-by-contributor@example.test","password":"${PASSWORD}","role":"admin"}`,
      },
      {
        name: "sets the admin's password",
        method: 'PATCH',
        path: () => `users/${fx.ids.admin}`,
        json: () => '{"password":"now-i-am-the-admin-1"}',
      },
      {
        name: 'renames the site',
        method: 'POST',
        path: () => 'globals/site',
        json: () => '{"name":"Owned"}',
      },
      {
        name: 'creates an author',
        method: 'POST',
        path: () => 'authors',
        json: () => '{"name":"Fake doctor","slug":"fake-doctor"}',
      },
    ]
    it.for(refused)('$name', async (item) => {
      await refusedJson('contributor', item.method, item.path(), item.json?.())
    })

    // A save of one's own account that only tries to raise the role may go through; the role may not.
    const escalations = [
      { name: 'role admin', json: '{"role":"admin"}' },
      { name: 'role through __proto__', json: '{"__proto__":{"role":"admin"}}' },
      {
        name: 'role through constructor.prototype',
        json: '{"constructor":{"prototype":{"role":"admin"}}}',
      },
      { name: 'role as an array', json: '{"role":["admin"]}' },
    ]
    it.for(escalations)('cannot raise its own role: $name', async ({ json: body }) => {
      const answer = await json('contributor', 'PATCH', `users/${fx.ids.contributor}`, body)
      expectCalmRest(answer, 'contributor')
      await expectRoleKept(fx)
    })
  })
})
