import fs from 'node:fs'
import path from 'node:path'
import { slugify } from '@groundwork/cms'
import { ArticlePage, JsonLd, SearchPage } from '@groundwork/ui'
import type { Payload } from 'payload'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { articleStructuredData } from '@/metadata/articleMetadata'
import { getArticlePage } from '@/queries/article'
import { getArticleListPage } from '@/queries/articleList'
import { getAuthorPage } from '@/queries/author'
import { noCache, type QueryDeps } from '@/queries/cache'
import { parsePageParam } from '@/queries/pageParam'
import { getRedirectTarget } from '@/queries/redirect'
import { getSearchPage } from '@/queries/search'
import { getTopicPage } from '@/queries/topic'
import {
  articleFieldCases,
  type BodyCase,
  blob,
  type Caller,
  type GraphqlCase,
  graphqlCases,
  hostileIds,
  hostileSlugs,
  hostileTexts,
  hostileUrls,
  loginCases,
  malformedBodies,
  queryCases,
  tinyPng,
  type UploadCase,
  unsignedJwt,
  uploadCases,
  userFieldCases,
} from '../support/badInputCases'
import {
  type Answer,
  describeAnswer,
  errorMessages,
  type GraphqlBody,
  graphql,
  graphqlRaw,
  type Method,
  rest,
  withinDeadline,
} from '../support/badInputHttp'
import {
  doc,
  element,
  escapedText,
  linkNode,
  markupProblems,
  render,
  renderArticle,
  text,
} from '../support/badInputMarkup'
import { type StoredState, stateChanges, storedState } from '../support/badInputState'
import { quiet, body as richBody } from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Issue #7, item 3: hostile input on every surface. Each case must get a 4xx or a calm page
 * (never a 5xx, a hang or a crash) and, when it is a write that is refused, leave everything
 * stored exactly as it was: every table of the database and every file in the media folder.
 */

const MARKER = 'zqxhiddendraftmarker'
const ADMIN_EMAIL = 'badinput-admin@example.test'
const CONTRIBUTOR_EMAIL = 'badinput-contributor@example.test'
const PASSWORD = 'a-long-badinput-password-1'
const CALM = {
  article: 'badinput-calm-article',
  topic: 'badinput-calm-topic',
  author: 'badinput-calm-author',
}
const CALM_ARTICLE = {
  title: 'A calm article',
  slug: CALM.article,
  body: richBody({ p: 'Recovery takes time. See [SAMHSA](https://www.samhsa.gov).' }),
  _status: 'published' as const,
}
const SITE_NAME = 'Bad input site'

type Ids = { article: number; author: number; topic: number; contributor: number; admin: number }

describe('bad input', () => {
  let cms: TestCms
  let deps: QueryDeps
  let mediaDir = ''
  const tokens: Record<Caller, string> = { anon: '', admin: '', contributor: '' }
  const ids: Ids = { article: 0, author: 0, topic: 0, contributor: 0, admin: 0 }
  /** When the fixtures were last saved: a later `updatedAt` means a hostile write landed. */
  const stamps = { article: '', site: '' }
  let siteData: Record<string, unknown> = {}

  const auth = (caller: Caller = 'anon'): Record<string, string> =>
    caller === 'anon' ? {} : { authorization: `JWT ${tokens[caller]}` }
  const snapshot = () => storedState(cms.payload, mediaDir)
  /** Jobs may be queued by an accepted publish (webhooks); nothing else may remain. */
  const withoutJobs = (changes: string[]) =>
    changes.filter((change) => !/^table payload_jobs/.test(change))
  const substitute = (value: string) =>
    value
      .replaceAll('__ARTICLE__', String(ids.article))
      .replaceAll('__AUTHOR__', String(ids.author))
      .replaceAll('__CONTRIBUTOR__', String(ids.contributor))

  beforeAll(async () => {
    cms = await startTestCms()
    const { payload } = cms
    deps = { payload, cached: noCache }
    const upload = (await cms.config).collections.find((c) => c.slug === 'media')?.upload
    mediaDir = typeof upload === 'object' ? (upload.staticDir ?? '') : ''

    const admin = await payload.create({
      collection: 'users',
      data: { email: ADMIN_EMAIL, password: PASSWORD, role: 'admin' },
      context: quiet,
    })
    const contributor = await payload.create({
      collection: 'users',
      data: { email: CONTRIBUTOR_EMAIL, password: PASSWORD, role: 'contributor' },
      context: quiet,
    })
    ids.admin = admin.id
    ids.contributor = contributor.id
    for (const [caller, email] of [
      ['admin', ADMIN_EMAIL],
      ['contributor', CONTRIBUTOR_EMAIL],
    ] as const) {
      const login = await payload.login({
        collection: 'users',
        data: { email, password: PASSWORD },
      })
      tokens[caller] = login.token ?? ''
    }

    const author = await payload.create({
      collection: 'authors',
      data: { name: 'Calm Author', slug: CALM.author, bio: richBody({ p: 'Writes calmly.' }) },
      context: quiet,
    })
    const topic = await payload.create({
      collection: 'topics',
      data: { name: 'Calm topic', slug: CALM.topic },
      context: quiet,
    })
    ids.author = author.id
    ids.topic = topic.id
    const article = await payload.create({
      collection: 'articles',
      data: { ...CALM_ARTICLE, authors: [author.id], topics: [topic.id] },
      context: quiet,
    })
    ids.article = article.id
    stamps.article = article.updatedAt
    await payload.create({
      collection: 'articles',
      draft: true,
      data: {
        title: `Hidden draft ${MARKER}`,
        slug: `badinput-hidden-${MARKER}`,
        body: richBody({ p: `Nobody outside may read ${MARKER}.` }),
        authors: [author.id],
        topics: [topic.id],
        _status: 'draft',
      },
      context: quiet,
    })
    const site = await payload.updateGlobal({
      slug: 'site',
      data: { name: SITE_NAME },
      context: quiet,
    })
    stamps.site = site.updatedAt ?? ''
    const {
      id: _id,
      updatedAt: _u,
      createdAt: _c,
      globalType: _g,
      ...data
    } = site as unknown as Record<string, unknown>
    siteData = data
  })
  afterAll(() => cms?.payload.destroy())

  // -------------------------------------------------------------------------------------------
  // What every answer must be.
  // -------------------------------------------------------------------------------------------

  /** Below 500; a 4xx explains itself in `errors`; no secret and, anonymously, no draft. */
  const expectCalmRest = (answer: Answer, caller: Caller = 'anon') => {
    const about = describeAnswer(answer)
    expect(answer.status, about).toBeLessThan(500)
    if (answer.status >= 400) expect(errorMessages(answer).length, about).toBeGreaterThan(0)
    expect(answer.text, about).not.toMatch(/"(hash|salt)":/)
    if (caller === 'anon') {
      expect(answer.text, about).not.toContain(MARKER)
      expect(answer.text, about).not.toContain(ADMIN_EMAIL)
      expect(answer.text, about).not.toContain(CONTRIBUTOR_EMAIL)
    }
  }

  const expectStatus = (answer: Answer, expected: number | 'ok' | 'refused' | 'calm') => {
    const about = describeAnswer(answer)
    if (typeof expected === 'number') expect(answer.status, about).toBe(expected)
    else if (expected === 'ok') expect(answer.status, about).toBeLessThan(300)
    else if (expected === 'refused') {
      expect(answer.status, about).toBeGreaterThanOrEqual(400)
      expect(answer.status, about).toBeLessThan(500)
    }
  }

  type ListBody = { docs?: Record<string, unknown>[]; limit?: number }

  /** Anonymous lists: published documents only, no hidden fields, pages of at most 100. */
  const expectPublicList = (answer: Answer, maxDocs?: number) => {
    const list = answer.json as ListBody | undefined
    if (answer.status !== 200 || !Array.isArray(list?.docs)) return
    const about = describeAnswer(answer)
    expect(list.docs.length, about).toBeLessThanOrEqual(maxDocs ?? 100)
    if (typeof list.limit === 'number') expect(list.limit, about).toBeLessThanOrEqual(100)
    for (const item of list.docs) {
      if ('_status' in item) expect(item._status, about).toBe('published')
      expect(item, about).not.toHaveProperty('createdBy')
    }
  }

  const expectNoPollution = () => {
    const probe = {} as Record<string, unknown>
    expect(Object.keys(Object.prototype)).toEqual([])
    expect(probe.polluted).toBeUndefined()
    expect(probe.role).toBeUndefined()
  }

  /**
   * Puts the calm article, the site and the contributor back as the fixtures made them, after a
   * write that should have been refused went through: each finding stays in its own case.
   */
  const restoreFixtures = async (): Promise<boolean> => {
    let remade = false
    const { payload } = cms
    const live = await payload.find({
      collection: 'articles',
      where: { slug: { equals: CALM.article } },
      depth: 0,
      limit: 1,
    })
    const article = live.docs[0]
    if (!article || article.updatedAt !== stamps.article) {
      // Deleted and made again: an update would keep the bad save among the versions.
      if (article) await payload.delete({ collection: 'articles', id: article.id, context: quiet })
      const restored = await payload.create({
        collection: 'articles',
        data: { ...CALM_ARTICLE, authors: [ids.author], topics: [ids.topic] },
        context: quiet,
      })
      ids.article = restored.id
      stamps.article = restored.updatedAt
      remade = true
    }
    const site = await payload.findGlobal({ slug: 'site', depth: 0 })
    if (site.updatedAt !== stamps.site) {
      const saved = await payload.updateGlobal({ slug: 'site', data: siteData, context: quiet })
      stamps.site = saved.updatedAt ?? ''
      remade = true
    }
    const contributor = await payload.findByID({
      collection: 'users',
      id: ids.contributor,
      depth: 0,
    })
    if (contributor.role !== 'contributor') {
      await payload.update({
        collection: 'users',
        id: ids.contributor,
        data: { role: 'contributor' },
        context: quiet,
      })
      remade = true
    }
    return remade
  }

  /**
   * Runs a write that must be refused: a 4xx and not one stored byte changed. Anything it did
   * store anyway is deleted afterwards (after the comparison), so one finding does not spill
   * into the next case.
   */
  const refusedWrite = async (caller: Caller, send: () => Promise<Answer>) => {
    const before = await snapshot()
    const newest = await newestIds()
    const answer = await send()
    const changes = stateChanges(before, await snapshot())
    await deleteCreatedSince(newest)
    await restoreFixtures()
    expectNoPollution()
    // Soft: a wrong status and a stored change are both reported for the same case.
    expect.soft(changes, `stored state changed: ${describeAnswer(answer)}`).toEqual([])
    expectCalmRest(answer, caller)
    expectStatus(answer, 'refused')
    return answer
  }

  const newestIds = async () => {
    const newest: Record<string, number> = {}
    for (const collection of ['articles', 'users', 'media', 'authors', 'topics'] as const) {
      const { docs } = await cms.payload.find({
        collection,
        sort: '-id',
        limit: 1,
        depth: 0,
        draft: true,
        pagination: false,
        select: {},
      })
      newest[collection] = Number(docs[0]?.id ?? 0)
    }
    return newest
  }

  const deleteCreatedSince = async (newest: Record<string, number>) => {
    for (const [collection, id] of Object.entries(newest)) {
      await cms.payload.delete({
        collection: collection as 'articles',
        where: { id: { greater_than: id } },
        context: quiet,
      })
    }
  }

  const call = (
    caller: Caller,
    method: Method,
    target: string,
    body?: BodyInit,
    type?: string | null,
  ) =>
    rest(cms.config, target, {
      method,
      body,
      headers: { ...auth(caller), ...(type ? { 'content-type': type } : {}) },
    })

  // -------------------------------------------------------------------------------------------
  // Hostile slugs: the reader's routes, REST and GraphQL.
  // -------------------------------------------------------------------------------------------

  describe('hostile slugs', () => {
    let before: StoredState
    beforeAll(async () => {
      before = await snapshot()
    })

    /** Every byte percent-encoded, so the query string carries the slug exactly. */
    const pct = (value: string) =>
      [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')

    const restNotFound = async (collection: string, field: string, slug: string) => {
      const answer = await rest(cms.config, `${collection}?where[${field}][equals]=${pct(slug)}`)
      expectCalmRest(answer)
      // Postgres cannot compare text with NUL: the query is refused as the caller's mistake.
      if (slug.includes('\u0000')) {
        expect(answer.status, describeAnswer(answer)).toBe(400)
        expect(answer.text, describeAnswer(answer)).toContain('NUL character')
        return
      }
      expect(answer.status, describeAnswer(answer)).toBe(200)
      expect((answer.json as ListBody).docs, describeAnswer(answer)).toEqual([])
    }

    type Surface = (slug: string) => Promise<void>
    const surfaces: Record<string, Surface> = {
      // What /articles/<slug> does: the article, else an old address's redirect, else 404.
      'article page': async (slug) => {
        const article = await withinDeadline('getArticlePage', () => getArticlePage(deps, slug))
        expect(article).toBeNull()
        expect(
          await withinDeadline('getRedirectTarget', () => getRedirectTarget(deps, slug)),
        ).toBeNull()
      },
      'topic page': async (slug) => {
        expect(await withinDeadline('getTopicPage', () => getTopicPage(deps, slug))).toBeNull()
      },
      'author page': async (slug) => {
        expect(await withinDeadline('getAuthorPage', () => getAuthorPage(deps, slug))).toBeNull()
      },
      'REST articles': (slug) => restNotFound('articles', 'slug', slug),
      'REST topics': (slug) => restNotFound('topics', 'slug', slug),
      'REST authors': (slug) => restNotFound('authors', 'slug', slug),
      'REST redirects': (slug) => restNotFound('redirects', 'from', slug),
      'GraphQL Articles': async (slug) => {
        const answer = await graphql(
          cms.config,
          'query ($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { slug } } }',
          { slug },
        )
        expectCalmGraphql(answer)
        const result = answer.json as GraphqlBody
        if (slug.includes('\u0000')) {
          expect(result.errors?.[0]?.message, describeAnswer(answer)).toContain('NUL character')
          return
        }
        expect(result.errors, describeAnswer(answer)).toBeUndefined()
        expect(result.data?.Articles, describeAnswer(answer)).toEqual({ docs: [] })
      },
    }
    const cases = hostileSlugs(CALM.article).flatMap((slug) =>
      Object.keys(surfaces).map((surface) => ({ ...slug, surface })),
    )

    it.for(cases)('$surface: $name', async ({ surface, slug }) => {
      await surfaces[surface]?.(slug)
    })

    it('changed nothing stored', async () => {
      expect(stateChanges(before, await snapshot())).toEqual([])
    })
  })

  // -------------------------------------------------------------------------------------------
  // Query strings and ids on REST.
  // -------------------------------------------------------------------------------------------

  describe('hostile REST query strings', () => {
    let before: StoredState
    beforeAll(async () => {
      before = await snapshot()
    })

    it.for(queryCases)('$name', async (item) => {
      const caller = item.as ?? 'anon'
      const answer = await rest(cms.config, item.path, {
        headers: { ...auth(caller), ...item.headers },
      })
      expectCalmRest(answer, item.headers ? 'anon' : caller)
      expectStatus(answer, item.expect)
      if (caller === 'anon') expectPublicList(answer, item.maxDocs)
      else if (item.maxDocs !== undefined && answer.status === 200) {
        const docs = (answer.json as ListBody).docs ?? []
        expect(docs.length, describeAnswer(answer)).toBeLessThanOrEqual(item.maxDocs)
      }
      if (item.path.startsWith('users/me')) {
        expect((answer.json as { user?: unknown }).user ?? null, describeAnswer(answer)).toBeNull()
      }
    })

    it('an unsigned (alg: none) token for the first user signs nobody in', async () => {
      const forged = unsignedJwt(ADMIN_EMAIL)
      const attempts: Record<string, string>[] = [
        { authorization: `JWT ${forged}` },
        { cookie: `payload-token=${forged}` },
      ]
      for (const headers of attempts) {
        const answer = await rest(cms.config, 'users/me', { headers })
        expectCalmRest(answer)
        expect((answer.json as { user?: unknown }).user ?? null, describeAnswer(answer)).toBeNull()
        const users = await rest(cms.config, 'users', { headers })
        expect(users.status, describeAnswer(users)).toBe(403)
      }
    })

    it('changed nothing stored', async () => {
      expect(stateChanges(before, await snapshot())).toEqual([])
    })
  })

  describe('hostile ids in /api/articles/<id>', () => {
    const reads = hostileIds.flatMap((id) =>
      (['anon', 'admin'] as const).map((caller) => ({ ...id, caller })),
    )
    it.for(reads)('GET as $caller: $name', async ({ segment, caller }) => {
      const answer = await call(
        caller,
        'GET',
        `articles/${segment.replace('{id}', String(ids.article))}`,
      )
      expectCalmRest(answer, caller)
      expectStatus(answer, 'refused')
    })

    const writes = hostileIds.flatMap((id) =>
      (['PATCH', 'DELETE'] as const).map((method) => ({ ...id, method })),
    )
    it.for(writes)('$method as admin: $name', async ({ segment, method }) => {
      // A fresh article for ids built around a real one, so a write that lands harms no fixture.
      const target = segment.includes('{id}')
        ? await cms.payload.create({
            collection: 'articles',
            data: {
              title: 'Sacrificial',
              slug: `badinput-sacrificial-${Date.now()}`,
              body: richBody({ p: 'x' }),
              authors: [ids.author],
              _status: 'published',
            },
            context: quiet,
          })
        : null
      try {
        await refusedWrite('admin', () =>
          call(
            'admin',
            method,
            `articles/${segment.replace('{id}', String(target?.id))}`,
            method === 'PATCH' ? JSON.stringify({ title: 'Changed by a hostile id' }) : undefined,
            method === 'PATCH' ? 'application/json' : undefined,
          ),
        )
      } finally {
        if (target) {
          await cms.payload.delete({
            collection: 'articles',
            where: { id: { equals: target.id } },
            context: quiet,
          })
        }
      }
    })
  })

  // -------------------------------------------------------------------------------------------
  // JSON bodies from staff.
  // -------------------------------------------------------------------------------------------

  describe('hostile JSON bodies', () => {
    const send = (caller: Caller, method: Method, target: () => string, item: BodyCase) =>
      call(
        caller,
        method,
        target(),
        item.contentType === null ? new TextEncoder().encode(item.body) : item.body,
        item.contentType === null ? null : (item.contentType ?? 'application/json'),
      )
    const targets = [
      {
        target: 'POST /api/articles',
        caller: 'admin' as const,
        method: 'POST' as const,
        path: () => 'articles',
      },
      {
        target: 'PATCH /api/articles/<id>',
        caller: 'admin' as const,
        method: 'PATCH' as const,
        path: () => `articles/${ids.article}`,
      },
      {
        target: 'POST /api/users',
        caller: 'admin' as const,
        method: 'POST' as const,
        path: () => 'users',
      },
      {
        target: 'PATCH /api/users/<own id>',
        caller: 'contributor' as const,
        method: 'PATCH' as const,
        path: () => `users/${ids.contributor}`,
      },
      {
        target: 'POST /api/globals/site',
        caller: 'admin' as const,
        method: 'POST' as const,
        path: () => 'globals/site',
      },
    ]
    const malformed = malformedBodies.flatMap((item) =>
      targets.map((target) => ({ ...item, ...target })),
    )

    it.for(malformed)('$target: $name', async (item) => {
      await refusedWrite(item.caller, () => send(item.caller, item.method, item.path, item))
    })

    const validBody = JSON.stringify(richBody({ p: 'A valid body.' }))
    const articleCases = articleFieldCases.flatMap((item) => [
      { ...item, target: 'POST /api/articles', method: 'POST' as const },
      ...(item.postOnly
        ? []
        : [{ ...item, target: 'PATCH /api/articles/<id>', method: 'PATCH' as const }]),
    ])
    it.for(articleCases)('$target: $name', async ({ fields, method }) => {
      const json =
        method === 'POST'
          ? `{"title":"Bad input article","authors":[${ids.author}],"_status":"published","body":${validBody},${fields}}`
          : `{${fields}}`
      const target = method === 'POST' ? 'articles' : `articles/${ids.article}`
      await refusedWrite('admin', () => call('admin', method, target, json, 'application/json'))
    })

    let userCount = 0
    it.for(userFieldCases)('POST /api/users: $name', async ({ fields }) => {
      const json = `{"email":"badinput-new-${++userCount}@example.test","password":"${PASSWORD}","role":"editor",${fields}}`
      await refusedWrite('admin', () => call('admin', 'POST', 'users', json, 'application/json'))
    })

    const siteCases = [
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
    it.for(siteCases)('POST /api/globals/site: $name', async ({ json }) => {
      await refusedWrite('admin', () =>
        call('admin', 'POST', 'globals/site', json, 'application/json'),
      )
    })

    it.for(loginCases)('log-in: $name', async ({ name, body }) => {
      const target = name.startsWith('forgot') ? 'users/forgot-password' : 'users/login'
      const answer = await refusedWrite('anon', () =>
        call('anon', 'POST', target, body, 'application/json'),
      )
      expect(answer.text).not.toMatch(/"token"\s*:\s*"/)
    })
  })

  describe('a contributor reaching past its role', () => {
    const refused = [
      {
        name: 'edits a published article',
        method: 'PATCH' as const,
        path: () => `articles/${ids.article}`,
        json: '{"title":"Taken over"}',
      },
      {
        name: 'publishes a new article',
        method: 'POST' as const,
        path: () => 'articles',
        json: () =>
          `{"title":"Self-published","authors":[${ids.author}],"_status":"published","body":${JSON.stringify(richBody({ p: 'x' }))}}`,
      },
      {
        name: 'deletes a published article',
        method: 'DELETE' as const,
        path: () => `articles/${ids.article}`,
      },
      {
        name: 'creates a user',
        method: 'POST' as const,
        path: () => 'users',
        json: `{"email":"made-by-contributor@example.test","password":"${PASSWORD}","role":"admin"}`,
      },
      {
        name: "sets the admin's password",
        method: 'PATCH' as const,
        path: () => `users/${ids.admin}`,
        json: '{"password":"now-i-am-the-admin-1"}',
      },
      {
        name: 'renames the site',
        method: 'POST' as const,
        path: () => 'globals/site',
        json: '{"name":"Owned"}',
      },
      {
        name: 'creates an author',
        method: 'POST' as const,
        path: () => 'authors',
        json: '{"name":"Fake doctor","slug":"fake-doctor"}',
      },
    ]
    it.for(refused)('$name', async (item) => {
      const json = typeof item.json === 'function' ? item.json() : item.json
      await refusedWrite('contributor', () =>
        call('contributor', item.method, item.path(), json, json ? 'application/json' : undefined),
      )
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
    it.for(escalations)('cannot raise its own role: $name', async ({ json }) => {
      const answer = await call(
        'contributor',
        'PATCH',
        `users/${ids.contributor}`,
        json,
        'application/json',
      )
      expectCalmRest(answer, 'contributor')
      const self = await cms.payload.findByID({
        collection: 'users',
        id: ids.contributor,
        depth: 0,
      })
      expect(self.role).toBe('contributor')
      expectNoPollution()
    })
  })

  describe('writes a correct system may accept, kept harmless', () => {
    let n = 0
    const article = (extra: Record<string, unknown>) => ({
      title: 'Harmless',
      slug: `badinput-harmless-${++n}`,
      authors: [ids.author],
      _status: 'published',
      body: richBody({ p: 'x' }),
      ...extra,
    })
    type Stored = Record<string, unknown> & { id: number; slug: string }
    const storedBySlug = async (slug: string) =>
      (
        await cms.payload.find({
          collection: 'articles',
          where: { slug: { equals: slug } },
          depth: 0,
          draft: true,
          limit: 1,
        })
      ).docs[0] as Stored | undefined
    const slugCase = (name: string, typed: string) => ({
      name: `a typed slug is normalised: ${name}`,
      caller: 'admin' as const,
      method: 'POST' as const,
      path: () => 'articles',
      body: () => article({ slug: typed }),
      check: async () => {
        const doc = await storedBySlug(slugify(typed))
        expect(doc?.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
        expect(doc?.slug.length).toBeLessThanOrEqual(120)
      },
    })
    const cases = [
      {
        name: 'unknown and hidden fields are dropped',
        caller: 'admin' as const,
        method: 'POST' as const,
        path: () => 'articles',
        body: () => article({ nope: 'x', hash: 'h', salt: 's', $where: '1', _verified: true }),
        check: async (answer: Answer) => {
          const doc = (answer.json as { doc?: Record<string, unknown> }).doc ?? {}
          for (const key of ['nope', 'hash', 'salt', '$where', '_verified'])
            expect(doc).not.toHaveProperty(key)
        },
      },
      {
        name: "a create naming an existing article's id makes a new one",
        caller: 'admin' as const,
        method: 'POST' as const,
        path: () => 'articles',
        body: () => article({ id: ids.article, title: 'Overwritten?' }),
        check: async (answer: Answer) => {
          expect((answer.json as { doc?: { id?: number } }).doc?.id).not.toBe(ids.article)
          const calm = await storedBySlug(CALM.article)
          expect(calm?.title).toBe(CALM_ARTICLE.title)
        },
      },
      {
        name: 'an update cannot change the id',
        caller: 'admin' as const,
        method: 'PATCH' as const,
        path: () => `articles/${ids.article}`,
        body: () => ({ id: 999_999 }),
        check: async () => {
          expect((await storedBySlug(CALM.article))?.id).toBe(ids.article)
          const moved = await cms.payload.find({
            collection: 'articles',
            where: { id: { equals: 999_999 } },
          })
          expect(moved.docs).toHaveLength(0)
        },
      },
      {
        name: "a contributor cannot name someone else as an article's creator",
        caller: 'contributor' as const,
        method: 'POST' as const,
        path: () => 'articles',
        body: () =>
          article({ _status: 'draft', createdBy: ids.admin, slug: 'badinput-created-by' }),
        check: async () => {
          const doc = await storedBySlug('badinput-created-by')
          if (doc) expect(doc.createdBy).toBe(ids.contributor)
        },
      },
      slugCase('traversal', '../../Etc Passwd'),
      slugCase('10k characters', `${'Recovery '.repeat(1200)}`),
      slugCase('a script tag', '<script>alert(1)</script>'),
      slugCase('emoji and accents', '😀 Café Recovery 🔥'),
      slugCase('SQL', "' OR 1=1; DROP TABLE articles; --"),
    ]
    it.for(cases)('$name', async (item) => {
      const before = await snapshot()
      const newest = await newestIds()
      const answer = await call(
        item.caller,
        item.method,
        item.path(),
        JSON.stringify(item.body()),
        'application/json',
      )
      let remade = false
      try {
        expectCalmRest(answer, item.caller)
        if (answer.status < 300) await item.check(answer)
      } finally {
        await deleteCreatedSince(newest)
        remade = await restoreFixtures()
      }
      expectNoPollution()
      // What the case made is gone again. A fixture it changed was made anew (with a new id),
      // so the article tables are only comparable when nothing had to be remade.
      const left = withoutJobs(stateChanges(before, await snapshot())).filter(
        (change) => !remade || !/^table _?articles/.test(change),
      )
      expect(left, describeAnswer(answer)).toEqual([])
    })
  })

  // -------------------------------------------------------------------------------------------
  // GraphQL.
  // -------------------------------------------------------------------------------------------

  /** GraphQL answers 200 with `errors` for most refusals; a 5xx status or error is a crash. */
  function expectCalmGraphql(answer: Answer, caller: Caller = 'anon') {
    const about = describeAnswer(answer)
    expect(answer.status, about).toBeLessThan(500)
    const result = answer.json as
      | (GraphqlBody & { errors?: { extensions?: { statusCode?: number } }[] })
      | undefined
    expect(result, `not JSON: ${about}`).toBeTypeOf('object')
    for (const error of result?.errors ?? []) {
      expect(error.extensions?.statusCode ?? 400, about).toBeLessThan(500)
      expect(error.message, about).not.toMatch(/something went wrong/i)
    }
    expect(answer.text, about).not.toMatch(/"(hash|salt)":/)
    if (caller === 'anon') {
      expect(answer.text, about).not.toContain(MARKER)
      expect(answer.text, about).not.toContain(ADMIN_EMAIL)
    }
  }

  describe('hostile GraphQL', () => {
    const variablesOf = (item: GraphqlCase) =>
      item.variables
        ? Object.fromEntries(
            Object.entries(item.variables).map(([key, value]) => [
              key,
              value === '__CONTRIBUTOR__' ? ids.contributor : value,
            ]),
          )
        : undefined

    it.for(graphqlCases)('$name', async (item) => {
      const caller = item.as ?? 'anon'
      const before = await snapshot()
      const newest = await newestIds()
      const answer = item.raw
        ? await graphqlRaw(cms.config, item.raw, auth(caller))
        : await graphql(cms.config, substitute(item.query ?? ''), variablesOf(item), auth(caller))
      const changes = stateChanges(before, await snapshot())
      await deleteCreatedSince(newest)
      await restoreFixtures()
      expectCalmGraphql(answer, caller)
      const result = (answer.json ?? {}) as GraphqlBody
      const about = describeAnswer(answer)
      if (item.expect === 'refused') {
        expect(result.errors?.length ?? 0, about).toBeGreaterThan(0)
        expect(
          Object.values(result.data ?? {}).filter((value) => value !== null),
          about,
        ).toEqual([])
      }
      if (item.expect === 'ok') {
        expect(result.errors, about).toBeUndefined()
        expect(result.data, about).toBeTypeOf('object')
      }
      if (!item.mayWrite) expect(changes, `stored state changed: ${about}`).toEqual([])
      const self = await cms.payload.findByID({
        collection: 'users',
        id: ids.contributor,
        depth: 0,
      })
      expect(self.role).toBe('contributor')
      expectNoPollution()
    })
  })

  // -------------------------------------------------------------------------------------------
  // Rich text and page fields, rendered: links inert, raw HTML shown as text.
  // -------------------------------------------------------------------------------------------

  describe('hostile rich text, rendered', () => {
    const placements: Record<string, (url: unknown) => string> = {
      'link node': (url) =>
        renderArticle(doc(element('paragraph', [text('Before '), linkNode(url)]))),
      'autolink node': (url) =>
        renderArticle(doc(element('paragraph', [linkNode(url, 'auto', 'autolink')]))),
      'new-tab link in a list': (url) =>
        renderArticle(
          doc(
            element('list', [element('listitem', [linkNode(url, 'x', 'link', true)])], {
              tag: 'ul',
              listType: 'bullet',
            }),
          ),
        ),
      'call to action': (url) =>
        renderArticle(doc(element('paragraph', [text('Body.')])), {
          callToAction: {
            heading: 'Get help',
            text: null,
            linkLabel: 'Call us',
            linkUrl: url as string,
          },
        }),
    }
    const urlCases = hostileUrls.flatMap((item) =>
      Object.keys(placements).map((placement) => ({ ...item, placement })),
    )
    it.for(urlCases)('$placement: $name', ({ url, placement }) => {
      const html =
        placements[placement]?.(
          typeof url === 'string' || placement !== 'call to action' ? url : null,
        ) ?? ''
      expect(markupProblems(html), html).toEqual([])
      // The words of the link stay on the page, as text.
      if (placement !== 'call to action') expect(html).toMatch(/the label|auto|>x</)
    })

    const textPlacements: Record<string, (value: string) => string> = {
      'body nodes': (value) =>
        renderArticle(
          doc(
            element('heading', [text(value)], { tag: 'h2' }),
            element('paragraph', [text(value), text(value, 127)]),
            element('list', [element('listitem', [text(value)])], {
              tag: 'ol',
              listType: 'number',
            }),
            element('quote', [text(value)]),
            element('paragraph', [linkNode('https://example.org', value)]),
          ),
        ),
      'page fields': (value) =>
        renderArticle(doc(element('paragraph', [text('Body.')])), {
          title: value,
          excerpt: value,
          authors: [
            {
              name: value,
              slug: 'a',
              jobTitle: value,
              credentials: value,
              bio: doc(element('paragraph', [text(value)])),
              photo: null,
            },
          ],
          topics: [{ name: value, slug: 'calm' }],
          callToAction: { heading: value, text: value, linkLabel: value, linkUrl: '/' },
          alsoBrowsed: [{ title: value, slug: 'other', excerpt: value, publishedAt: null }],
          disclaimer: { title: value, body: doc(element('paragraph', [text(value)])) },
        }),
      'search page': (value) =>
        render(
          createElement(SearchPage, {
            model: {
              query: value,
              problem: null,
              hits: [
                {
                  title: value,
                  slug: 'x',
                  publishedAt: null,
                  snippet: [{ text: value, match: true }],
                },
              ],
            },
          }),
        ),
    }
    const textCases = hostileTexts.flatMap((item) =>
      Object.keys(textPlacements).map((placement) => ({ ...item, placement })),
    )
    it.for(textCases)('$placement: $name', ({ text: value, placement }) => {
      const html = textPlacements[placement]?.(value) ?? ''
      expect(markupProblems(html), html).toEqual([])
      // Shown to the reader literally, as text.
      expect(html).toContain(escapedText(value))
    })

    const script = '<script>alert(1)</script>'
    const nodeCases: { name: string; nodes: unknown[] }[] = [
      { name: 'unknown node carrying HTML', nodes: [{ type: 'html', html: script, version: 1 }] },
      {
        name: 'unknown node named script',
        nodes: [{ type: 'script', text: script, children: [], version: 1 }],
      },
      { name: 'raw HTML node', nodes: [{ type: 'raw', value: script, version: 1 }] },
      {
        name: 'heading with tag script',
        nodes: [element('heading', [text('x')], { tag: 'script' })],
      },
      {
        name: 'list with tag script',
        nodes: [element('list', [element('listitem', [text('x')])], { tag: 'script' })],
      },
      {
        name: 'list item value breaking out',
        nodes: [
          element(
            'list',
            [element('listitem', [text('x')], { value: '"><script>alert(1)</script>' })],
            { tag: 'ul' },
          ),
        ],
      },
      {
        name: 'table cell with CSS that loads a URL',
        nodes: [
          element('table', [
            element('tablerow', [
              element('tablecell', [text('x')], {
                backgroundColor: 'red;background-image:url(https://evil.example/track)',
              }),
            ]),
          ]),
        ],
      },
      {
        name: 'upload node with a data: URL document',
        nodes: [
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            fields: {},
            value: {
              url: 'data:text/html,<script>alert(1)</script>',
              mimeType: 'application/pdf',
              filename: 'x.pdf',
            },
          },
        ],
      },
      {
        name: 'upload node with a javascript: image',
        nodes: [
          {
            type: 'upload',
            version: 3,
            relationTo: 'media',
            fields: {},
            value: {
              url: 'javascript:alert(1)',
              mimeType: 'image/png',
              filename: 'x.png',
              alt: 'x',
            },
          },
        ],
      },
      {
        name: 'text node whose text is an object',
        nodes: [
          element('paragraph', [{ type: 'text', text: { __html: script }, format: 0, version: 1 }]),
        ],
      },
      {
        name: 'indent and format that are CSS',
        nodes: [
          element('paragraph', [text('x')], {
            indent: '1;background:url(x)',
            format: 'center;background:url(x)',
          }),
        ],
      },
      {
        name: '200 nested quotes',
        nodes: [
          Array.from({ length: 200 }).reduce<unknown>(
            (inner) => element('quote', [inner]),
            text('deep'),
          ),
        ],
      },
    ]
    it.for(nodeCases)('$name', ({ nodes }) => {
      const html = renderArticle(doc(...nodes))
      expect(markupProblems(html), html).toEqual([])
      expect(html).not.toContain(script)
    })

    describe('structured data', () => {
      beforeAll(() => {
        vi.stubEnv('DATABASE_URL', 'postgres://localhost/unused')
        vi.stubEnv('PAYLOAD_SECRET', 'x'.repeat(32))
      })
      afterAll(() => {
        vi.unstubAllEnvs()
      })
      it.for(hostileTexts)('JSON-LD cannot be closed early: $name', ({ text: value }) => {
        const model = {
          title: `</script>${value}`,
          slug: 'a-calm-title',
          excerpt: value,
          publishedAt: '2026-01-05T10:00:00.000Z',
          updatedAt: null,
          heroImage: null,
          body: doc(element('paragraph', [text(value)])),
          authors: [
            { name: value, slug: 'a', jobTitle: null, credentials: null, bio: null, photo: null },
          ],
          topics: [],
          callToAction: null,
          alsoBrowsed: [],
          disclaimer: null,
          medicalReview: null,
          meta: { title: value, description: value, image: null },
        }
        const html = render(createElement(JsonLd, { data: articleStructuredData(model, value) }))
        expect(html.match(/<script/g)).toHaveLength(1)
        expect(html.match(/<\/script/gi)).toHaveLength(1)
        const json = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')
        expect(json).not.toMatch(/[<>]/)
        expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(value).slice(1, -1))
      })
    })
  })

  describe('hostile rich text, stored by staff and read back', () => {
    const script = '<script>alert(1)</script>'
    const storedCases: { name: string; nodes: unknown[] }[] = [
      ...hostileUrls
        .filter((item) => typeof item.url === 'string')
        .slice(0, 16)
        .map((item) => ({
          name: `link to ${item.name}`,
          nodes: [element('paragraph', [linkNode(item.url)])],
        })),
      {
        name: 'autolink to javascript:',
        nodes: [element('paragraph', [linkNode('javascript:alert(1)', 'x', 'autolink')])],
      },
      { name: 'text with a script tag', nodes: [element('paragraph', [text(script)])] },
      {
        name: 'text with img onerror',
        nodes: [element('heading', [text('<img src=x onerror=alert(1)>')], { tag: 'h2' })],
      },
      { name: 'unknown node carrying HTML', nodes: [{ type: 'html', html: script, version: 1 }] },
      {
        name: 'table cell with CSS that loads a URL',
        nodes: [
          element('table', [
            element('tablerow', [
              element('tablecell', [text('x')], {
                backgroundColor: 'red;background-image:url(https://evil.example/t)',
              }),
            ]),
          ]),
        ],
      },
      {
        name: 'heading with tag script',
        nodes: [element('heading', [text('x')], { tag: 'script' })],
      },
      { name: 'node without a type', nodes: [{ foo: 1, children: [] }] },
      {
        name: 'node whose children is a string',
        nodes: [{ type: 'paragraph', children: script, version: 1 }],
      },
      {
        name: 'link whose url is an array',
        nodes: [element('paragraph', [linkNode(['javascript:alert(1)'])])],
      },
      {
        name: 'quotes nested 1000 deep',
        nodes: [
          Array.from({ length: 1000 }).reduce<unknown>(
            (inner) => element('quote', [inner]),
            text('deep'),
          ),
        ],
      },
    ]
    let count = 0
    it.for(storedCases)('$name', async ({ nodes }) => {
      const slug = `badinput-stored-${++count}`
      const before = await snapshot()
      const newest = await newestIds()
      const answer = await call(
        'admin',
        'POST',
        'articles',
        JSON.stringify({
          title: `Stored ${count}`,
          slug,
          authors: [ids.author],
          _status: 'published',
          body: doc(...nodes),
        }),
        'application/json',
      )
      try {
        expectCalmRest(answer, 'admin')
        if (answer.status < 300) {
          // Accepted: then the reader's page must render it calmly and inertly.
          const page = await withinDeadline('getArticlePage', () => getArticlePage(deps, slug))
          expect(page, 'the stored article has no page').not.toBeNull()
          if (page) {
            const html = render(createElement(ArticlePage, { article: page }))
            expect(markupProblems(html), html).toEqual([])
            expect(html).not.toContain(script)
          }
        }
      } finally {
        await deleteCreatedSince(newest)
      }
      expect(withoutJobs(stateChanges(before, await snapshot())), describeAnswer(answer)).toEqual(
        [],
      )
    })
  })

  // -------------------------------------------------------------------------------------------
  // Uploads.
  // -------------------------------------------------------------------------------------------

  describe('hostile uploads to /api/media', () => {
    const png = tinyPng()
    const escapee = '/tmp/escaped.png'

    const form = (item: UploadCase) => {
      const data = new FormData()
      if (item.filename) data.append('file', blob(item.bytes, item.type), item.filename)
      if (item.alt !== null)
        data.append('_payload', JSON.stringify({ alt: item.alt ?? 'A red square' }))
      item.extra?.(data)
      return data
    }

    it.for(uploadCases(png))('$name', async (item) => {
      const caller = item.as ?? 'admin'
      const before = await snapshot()
      const newest = await newestIds()
      const escapedBefore = fs.existsSync(escapee)
      const answer = item.raw
        ? await call(caller, 'POST', 'media', item.raw.body, item.raw.contentType)
        : await call(caller, 'POST', 'media', form(item))
      const changes = stateChanges(before, await snapshot())
      try {
        expectCalmRest(answer, caller)
        expect(
          fs.existsSync(escapee) && !escapedBefore,
          'a file was written outside the media folder',
        ).toBe(false)
        if (item.expect === 'refused' || answer.status >= 300) {
          expectStatus(answer, 'refused')
          expect(changes, `stored state changed: ${describeAnswer(answer)}`).toEqual([])
          return
        }
        // Accepted: stored under a plain name inside the media folder, served as an image.
        const stored = (answer.json as { doc: { filename: string; mimeType: string } }).doc
        expect(stored.filename).not.toMatch(/[/\\<>]|^\./)
        expect(stored.filename).not.toContain('\u0000')
        expect(stored.mimeType).toMatch(/^image\//)
        expect(fs.existsSync(path.join(mediaDir, stored.filename))).toBe(true)
        // By its uploader: readers see an upload only once published content shows it.
        const served = await call(
          caller,
          'GET',
          `media/file/${encodeURIComponent(stored.filename)}`,
        )
        expect(served.status).toBe(200)
        expect(served.contentType).toMatch(/^image\/(png|jpeg|webp|avif|gif)/)
      } finally {
        await deleteCreatedSince(newest)
      }
      expect(withoutJobs(stateChanges(before, await snapshot()))).toEqual([])
    })
  })

  // -------------------------------------------------------------------------------------------
  // Search and page numbers on the reader's site.
  // -------------------------------------------------------------------------------------------

  describe('hostile search queries and page numbers', () => {
    let before: StoredState
    beforeAll(async () => {
      before = await snapshot()
    })

    const searches: { name: string; q: unknown }[] = [
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
    it.for(searches)('search: $name', async ({ q }) => {
      const model = await withinDeadline('getSearchPage', () => getSearchPage(deps, q))
      expect(model.hits.map((hit) => hit.slug)).not.toContain(`badinput-hidden-${MARKER}`)
      expect(JSON.stringify(model.hits)).not.toContain(MARKER)
      const html = render(createElement(SearchPage, { model }))
      expect(markupProblems(html), html).toEqual([])
    })

    it('search still finds the published article', async () => {
      const model = await getSearchPage(deps, 'recovery takes time')
      expect(model.hits.map((hit) => hit.slug)).toContain(CALM.article)
    })

    const pages = [
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
    ]
    it.for(pages.map((value) => ({ value, name: JSON.stringify(value) })))(
      'page number $name',
      async ({ value }) => {
        const page = parsePageParam(value)
        if (page !== null) {
          expect(Number.isInteger(page)).toBe(true)
          expect(page).toBeGreaterThanOrEqual(2)
          expect(page).toBeLessThanOrEqual(10_000)
        }
        const n = page ?? 10_000
        // Past the last page: null. A page that exists (other suites publish too) is that page.
        const list = await withinDeadline('list', () => getArticleListPage(deps, n))
        if (list) expect(list.pagination.page).toBe(n)
        if (n === 10_000) expect(list).toBeNull()
        expect(await withinDeadline('topic', () => getTopicPage(deps, CALM.topic, n))).toBeNull()
      },
    )

    it('changed nothing stored', async () => {
      expect(stateChanges(before, await snapshot())).toEqual([])
    })
  })

  it('left the calm article, the site and the accounts as they were', async () => {
    const payload: Payload = cms.payload
    const article = await payload.findByID({ collection: 'articles', id: ids.article, depth: 0 })
    expect(article.title).toBe('A calm article')
    expect(article.slug).toBe(CALM.article)
    const site = await payload.findGlobal({ slug: 'site', depth: 0 })
    expect(site.name).toBe(SITE_NAME)
    const contributor = await payload.findByID({
      collection: 'users',
      id: ids.contributor,
      depth: 0,
    })
    expect(contributor.role).toBe('contributor')
    const page = await getArticlePage(deps, CALM.article)
    expect(page?.title).toBe('A calm article')
    if (page)
      expect(markupProblems(render(createElement(ArticlePage, { article: page })))).toEqual([])
  })
})
