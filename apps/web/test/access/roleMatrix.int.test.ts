import { roles } from '@groundwork/cms'
import type { CollectionSlug } from 'payload'
import { describe, expect, it } from 'vitest'
import { checksFor } from '../support/roleChecks'
import {
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
  describeOutcome,
  type FixtureSpec,
  type Outcome,
  perform,
  type Surface,
  snapshot,
  succeeded,
  surfaces,
  useRoleWorld,
} from '../support/rolesSurfaces'
import type { Json } from '../support/routes'

/**
 * The role matrix, generated from the one table in support/roleMatrix.ts: every caller × every
 * collection and global × every operation, over REST, GraphQL and the Local API. Allowed writes
 * must change what is stored; denied ones must answer with the pinned status and change nothing.
 * The rules beyond the table sit beside it, under the same names: contributorArticles,
 * accountRoles and versionHistory.
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

describe('role matrix', () => {
  const world = useRoleWorld()

  it('has a row for every collection and global of the config, and a caller for every role', async () => {
    const config = await world.cms.config
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
    if (!readFixtures.has(key)) readFixtures.set(key, world.kits[target].fixture(spec))
    return readFixtures.get(key) as Promise<number>
  }

  const run = async (c: Case) => {
    const { cms, ids, kits } = world
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
      const { cms } = world
      const who = world.ids[caller]
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
  })
})
