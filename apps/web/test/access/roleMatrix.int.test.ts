import { roles } from '@groundwork/cms'
import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checksFor } from '../support/roleChecks'
import {
  type Caller,
  type CollectionTarget,
  callers,
  collectionMatrix,
  globalMatrix,
  type MatrixRow,
  matrixRows,
  type Operation,
  type Rule,
} from '../support/roleMatrix'
import {
  buildKits,
  createIdentities,
  createShared,
  type FixtureSpec,
  graphqlAs,
  type Identities,
  type Kit,
  type Outcome,
  perform,
  type Surface,
  snapshot,
  staffIdentity,
  succeeded,
  surfaces,
} from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * The role matrix, generated from the one table in support/roleMatrix.ts: every caller × every
 * collection and global × every operation, over REST, GraphQL and the Local API. Allowed writes
 * must change what is stored; denied ones must answer with the pinned status and change nothing.
 */

type Case = MatrixRow & { surface: Surface }

const cases: Case[] = surfaces.flatMap((surface) =>
  matrixRows().map((row) => ({ ...row, surface })),
)

const globalCases = surfaces.flatMap((surface) =>
  callers.flatMap((caller) =>
    Object.entries(globalMatrix.site).map(([op, row]) => ({
      surface,
      caller,
      op: op as 'read' | 'update',
      allowed: row[caller] === true,
    })),
  ),
)

/**
 * How Payload refuses: 403 when access says no (on create, update and delete also when the
 * document is outside the caller's `where`), 404 on a read of a document outside it.
 */
const deniedStatus = (op: Operation, rule: Rule) => (op === 'read' && rule !== false ? 404 : 403)

const describeOutcome = (outcome: Outcome) => JSON.stringify(outcome)

describe('role matrix', () => {
  let cms: TestCms
  let ids: Identities
  let kits: Record<CollectionTarget, Kit>
  let siteBefore: Json

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    kits = buildKits(cms.payload, ids, await createShared(cms.payload, ids))
    siteBefore = (await cms.payload.findGlobal({ slug: 'site', depth: 0 })) as unknown as Json
  })
  afterAll(async () => {
    // The suite shares one database: leave the site settings as they were.
    await cms?.payload.updateGlobal({
      slug: 'site',
      data: { name: siteBefore.name as string },
      context: { disableRevalidate: true },
    })
    await cms?.payload.destroy()
  })

  it('has a row for every collection and global of the config, and a caller for every role', async () => {
    const config = await cms.config
    const collections = config.collections
      .map((collection) => collection.slug)
      .filter((slug) => !slug.startsWith('payload-'))
    expect(Object.keys(collectionMatrix).sort()).toEqual([...collections].sort())
    expect(Object.keys(globalMatrix).sort()).toEqual(config.globals.map((g) => g.slug).sort())
    expect([...callers].sort()).toEqual(['anonymous', ...roles].sort())
    for (const collection of config.collections) {
      const row = collectionMatrix[collection.slug as CollectionTarget]
      if (!row) continue
      const ops = Object.keys(row).sort()
      const drafts = Boolean(collection.versions?.drafts)
      expect(ops, collection.slug).toEqual(
        drafts
          ? ['create', 'delete', 'publish', 'read', 'unpublish', 'update']
          : ['create', 'delete', 'read', 'update'],
      )
    }
  })

  const readFixtures = new Map<string, Promise<number>>()
  const readFixture = (target: CollectionTarget, spec: FixtureSpec) => {
    const key = `${target} ${spec.self?.caller ?? ''} ${Boolean(spec.published)}`
    if (!readFixtures.has(key)) readFixtures.set(key, kits[target].fixture(spec))
    return readFixtures.get(key) as Promise<number>
  }

  const run = async (c: Case) => {
    const kit = kits[c.target]
    const who = ids[c.caller]
    const collection = c.target as CollectionSlug
    const { payload } = cms

    if (c.op === 'create') {
      const before = await payload.count({ collection })
      const { data, upload } = kit.createData()
      const outcome = await perform(cms, c.surface, who, { op: 'create', collection, data, upload })
      const after = await payload.count({ collection })
      if (c.rule !== true) {
        expect(outcome.status, describeOutcome(outcome)).toBe(403)
        expect(after.totalDocs).toBe(before.totalDocs)
        return
      }
      if (kit.upload && c.surface === 'graphql') {
        // GraphQL carries no files: past access control, the create fails for want of one.
        expect(outcome, describeOutcome(outcome)).toMatchObject({
          status: 400,
          name: 'MissingFile',
        })
        expect(after.totalDocs).toBe(before.totalDocs)
        return
      }
      expect(succeeded(outcome), describeOutcome(outcome)).toBe(true)
      expect(after.totalDocs).toBe(before.totalDocs + 1)
      const stored = (await snapshot(payload, collection, outcome.id as number)).main
      const { password: _password, body: _body, ...sent } = data
      expect(stored).toMatchObject(sent)
      if (c.target === 'articles') expect(stored?.createdBy).toBe(who.user?.id)
      return
    }

    for (const check of checksFor(c.rule, c.op, kit, Boolean(who.user))) {
      const spec = { self: check.spec.own ? who : undefined, published: check.spec.published }
      // Reads change nothing: they share fixtures; every write gets a fresh one.
      const id = c.op === 'read' ? await readFixture(c.target, spec) : await kit.fixture(spec)
      const context = `${check.label}: `

      if (c.op === 'read') {
        const outcome = await perform(cms, c.surface, who, {
          op: 'read',
          collection,
          id,
          draft: kit.versioned,
        })
        if (check.allowed) {
          expect(outcome, context + describeOutcome(outcome)).toMatchObject({ status: 200, id })
        } else {
          expect(outcome.status, context + describeOutcome(outcome)).toBe(
            deniedStatus(c.op, c.rule),
          )
          expect(outcome.id).toBeUndefined()
        }
        continue
      }

      const before = await snapshot(payload, collection, id)
      let outcome: Outcome
      let expected: Json | undefined
      if (c.op === 'delete') {
        outcome = await perform(cms, c.surface, who, { op: 'delete', collection, id })
      } else {
        expected =
          c.op === 'publish'
            ? { _status: 'published' }
            : c.op === 'unpublish'
              ? { _status: 'draft' }
              : kit.updateData(before.main ?? {})
        outcome = await perform(cms, c.surface, who, {
          op: 'update',
          collection,
          id,
          data: expected,
        })
      }
      const after = await snapshot(payload, collection, id)
      if (!check.allowed) {
        expect(outcome.status, context + describeOutcome(outcome)).toBe(deniedStatus(c.op, c.rule))
        expect(after, `${context}nothing stored changed`).toEqual(before)
        continue
      }
      expect(outcome, context + describeOutcome(outcome)).toMatchObject({ status: 200, id })
      if (c.op === 'delete') expect(after.main).toBeUndefined()
      else expect(after.main).toMatchObject(expected ?? {})
    }
  }

  describe.each(surfaces)('over %s', (surface) => {
    it.for(
      cases
        .filter((c) => c.surface === surface)
        .map((c) => [`${c.caller} ${c.op} ${c.target}: ${c.rule}`, c] as const),
    )('%s', ([, c]) => run(c))

    it.for(
      globalCases
        .filter((c) => c.surface === surface)
        .map((c) => [`${c.caller} ${c.op} site: ${c.allowed}`, c] as const),
    )('%s', async ([, { caller, op, allowed }]) => {
      const who = ids[caller]
      const read = async () =>
        (await cms.payload.findGlobal({ slug: 'site', depth: 0 })) as unknown as Json
      if (op === 'read') {
        const outcome = await perform(cms, surface, who, { op: 'readGlobal', global: 'site' })
        expect(outcome.status, describeOutcome(outcome)).toBe(allowed ? 200 : 403)
        return
      }
      const before = await read()
      // GraphQL's input type wants every required field of the global, not just the change.
      const data = {
        name: `Site ${caller} ${surface} ${Date.now()}`,
        description: before.description,
        cookieNotice: { text: (before.cookieNotice as { text: string }).text },
        reviewPeriodMonths: before.reviewPeriodMonths,
      }
      const outcome = await perform(cms, surface, who, { op: 'updateGlobal', global: 'site', data })
      const after = await read()
      if (allowed) {
        expect(outcome.status, describeOutcome(outcome)).toBe(200)
        expect(after.name).toBe(data.name)
      } else {
        expect(outcome.status, describeOutcome(outcome)).toBe(403)
        expect(after).toEqual(before)
      }
    })

    describe('contributors', () => {
      const articles = 'articles' as const
      const published = async () =>
        kits.articles.fixture({ self: ids.contributor, published: true })

      it('cannot create an article already published', async () => {
        const before = await cms.payload.count({ collection: articles })
        const { data } = kits.articles.createData()
        const outcome = await perform(cms, surface, ids.contributor, {
          op: 'create',
          collection: articles,
          data: { ...data, _status: 'published' },
        })
        expect(outcome.status, describeOutcome(outcome)).toBe(403)
        expect((await cms.payload.count({ collection: articles })).totalDocs).toBe(before.totalDocs)
      })

      it('save their own draft as a draft (autosave), leaving the live row alone', async () => {
        const id = await kits.articles.fixture({ self: ids.contributor })
        const before = await snapshot(cms.payload, articles, id)
        const data = { title: `Autosaved ${Date.now()}` }
        const outcome = await perform(cms, surface, ids.contributor, {
          op: 'update',
          collection: articles,
          id,
          data,
          draft: true,
        })
        expect(outcome, describeOutcome(outcome)).toMatchObject({ status: 200, id })
        const after = await snapshot(cms.payload, articles, id)
        expect(after.latest).toMatchObject({ ...data, _status: 'draft' })
        expect(after.main?.title).toBe(before.main?.title)
      })

      it('cannot delete their own published article', async () => {
        const id = await published()
        const before = await snapshot(cms.payload, articles, id)
        const outcome = await perform(cms, surface, ids.contributor, {
          op: 'delete',
          collection: articles,
          id,
        })
        expect(outcome.status, describeOutcome(outcome)).toBe(403)
        expect(await snapshot(cms.payload, articles, id)).toEqual(before)
      })

      it('cannot edit their own published article, not even as a draft', async () => {
        const id = await published()
        const before = await snapshot(cms.payload, articles, id)
        for (const draft of [false, true]) {
          const outcome = await perform(cms, surface, ids.contributor, {
            op: 'update',
            collection: articles,
            id,
            data: { title: `Edited live ${Date.now()}` },
            draft,
          })
          expect(outcome.status, `draft: ${draft} ${describeOutcome(outcome)}`).toBe(403)
        }
        expect(await snapshot(cms.payload, articles, id)).toEqual(before)
      })

      it.each([
        { attempt: 'unpublish', op: 'update', data: { _status: 'draft' } },
        { attempt: 'edit', op: 'update', data: { title: 'Contributor edit' } },
        { attempt: 'delete', op: 'delete' },
      ] as const)(
        'cannot $attempt their published article once an editor saved a draft of it',
        async (attempt) => {
          const id = await published()
          // An editor's autosave: a newer draft version on top of the live article.
          await cms.payload.update({
            collection: articles,
            id,
            draft: true,
            data: { title: `Editor's pending edit ${Date.now()}` },
            user: ids.editor.user,
            context: { disableRevalidate: true },
          })
          const before = await snapshot(cms.payload, articles, id)
          expect(before.main?._status).toBe('published')
          expect(before.latest?._status).toBe('draft')
          const outcome = await perform(
            cms,
            surface,
            ids.contributor,
            attempt.op === 'delete'
              ? { op: 'delete', collection: articles, id }
              : { op: 'update', collection: articles, id, data: attempt.data },
          )
          const after = await snapshot(cms.payload, articles, id)
          expect.soft(outcome.status, describeOutcome(outcome)).toBe(403)
          expect.soft(after.main?._status, 'what readers see').toBe('published')
          expect(after).toEqual(before)
        },
      )
    })

    describe('roles of accounts', () => {
      it.each(['contributor', 'editor'] as const)(
        '%s cannot change its own role',
        async (caller) => {
          const who = ids[caller]
          const id = who.user?.id as number
          const outcome = await perform(cms, surface, who, {
            op: 'update',
            collection: 'users',
            id,
            data: { role: 'admin' },
          })
          // Field access drops the change without failing the save.
          expect(outcome, describeOutcome(outcome)).toMatchObject({ status: 200, id })
          const stored = await cms.payload.findByID({ collection: 'users', id, depth: 0 })
          expect(stored.role).toBe(caller)
        },
      )

      it('admin changes the role of another account and its own', async () => {
        const other = await kits.users.fixture({})
        const outcome = await perform(cms, surface, ids.admin, {
          op: 'update',
          collection: 'users',
          id: other,
          data: { role: 'editor' },
        })
        expect(outcome, describeOutcome(outcome)).toMatchObject({ status: 200, id: other })
        expect((await cms.payload.findByID({ collection: 'users', id: other })).role).toBe('editor')

        const admin = await staffIdentity(cms.payload, 'admin', 'admin')
        const self = admin.user?.id as number
        const own = await perform(cms, surface, admin, {
          op: 'update',
          collection: 'users',
          id: self,
          data: { role: 'editor' },
        })
        expect(own, describeOutcome(own)).toMatchObject({ status: 200, id: self })
        expect((await cms.payload.findByID({ collection: 'users', id: self })).role).toBe('editor')
      })
    })
  })

  describe('version history', () => {
    const history = (who: Identities[Caller]) => ({
      rest: async () =>
        (await restCall(cms.config, 'articles/versions?limit=1', { headers: who.headers })).status,
      graphql: async () => {
        const result = await graphqlAs(cms, '{ versionsArticles(limit: 1) { totalDocs } }', {
          headers: who.headers,
        })
        return result.errors?.[0]?.extensions?.statusCode ?? 200
      },
      local: async () => {
        try {
          await cms.payload.findVersions({
            collection: 'articles',
            limit: 1,
            overrideAccess: false,
            user: who.user,
          })
          return 200
        } catch (error) {
          return (error as { status?: number }).status
        }
      },
    })
    it.each(surfaces.flatMap((surface) => callers.map((caller) => ({ surface, caller }))))(
      'is for staff only: $caller over $surface',
      async ({ surface, caller }) => {
        const staff = ['contributor', 'editor', 'admin'].includes(caller)
        expect(await history(ids[caller])[surface]()).toBe(staff ? 200 : 403)
      },
    )
  })
})
