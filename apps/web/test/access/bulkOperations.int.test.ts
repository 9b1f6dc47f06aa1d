import type { CollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_DELETE, REST_PATCH } from '@/http/routes'
import { checksFor } from '../support/roleChecks'
import {
  type CollectionTarget,
  type MatrixRow,
  matrixRows,
  type Operation,
} from '../support/roleMatrix'
import {
  buildKits,
  createIdentities,
  createShared,
  graphqlAs,
  type Id,
  type Identities,
  type Identity,
  type Kit,
  snapshot,
} from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * The role matrix again, through the operations that take a `where` instead of an id: a bulk
 * update or delete (REST `PATCH`/`DELETE /api/<collection>?where=…`, the Local API's
 * `update`/`delete` with `where`) must never let a caller do what it cannot do by id. Payload
 * checks a bulk `where` against other rows than a by-id call does (the latest version on draft
 * saves), which is where a contributor once changed a published article.
 */

type BulkSurface = 'rest' | 'local'
const bulkSurfaces: BulkSurface[] = ['rest', 'local']
type BulkOp = Exclude<Operation, 'create' | 'read'>

type Case = Omit<MatrixRow, 'op'> & { op: BulkOp; surface: BulkSurface; draft: boolean }

const isBulk = (row: MatrixRow): row is MatrixRow & { op: BulkOp } =>
  row.op !== 'create' && row.op !== 'read'

const cases: Case[] = bulkSurfaces.flatMap((surface) =>
  matrixRows()
    .filter(isBulk)
    // A draft save is its own path in Payload (it queries the versions): try both.
    .flatMap((row) =>
      (row.target === 'articles' && row.op === 'update' ? [false, true] : [false]).map((draft) => ({
        ...row,
        surface,
        draft,
      })),
    ),
)

type BulkCall = { collection: CollectionSlug; id: Id; data?: Json; draft?: boolean }

const whereId = (id: Id) => `where[id][equals]=${id}&depth=0`

/** A bulk call; what matters is what it stored, so the answer is only kept for messages. */
const bulk = async (cms: TestCms, surface: BulkSurface, who: Identity, call: BulkCall) => {
  const draft = call.draft ? '&draft=true' : ''
  if (surface === 'rest') {
    const answer = call.data
      ? await restCall(cms.config, `${call.collection}?${whereId(call.id)}${draft}`, {
          method: 'PATCH',
          handler: REST_PATCH,
          headers: { ...who.headers, 'content-type': 'application/json' },
          body: JSON.stringify(call.data),
        })
      : await restCall(cms.config, `${call.collection}?${whereId(call.id)}`, {
          method: 'DELETE',
          handler: REST_DELETE,
          headers: who.headers,
        })
    return JSON.stringify(answer)
  }
  const args = {
    collection: call.collection,
    where: { id: { equals: call.id } },
    overrideAccess: false,
    user: who.user,
    depth: 0,
  }
  try {
    const result = call.data
      ? await cms.payload.update({ ...args, data: call.data as never, draft: call.draft })
      : await cms.payload.delete(args)
    return JSON.stringify({ docs: result.docs.length, errors: result.errors })
  } catch (error) {
    return String(error)
  }
}

describe('bulk operations (a `where` instead of an id)', () => {
  let cms: TestCms
  let ids: Identities
  let kits: Record<CollectionTarget, Kit>

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    kits = buildKits(cms.payload, ids, await createShared(cms.payload, ids))
  })
  afterAll(async () => {
    await cms?.payload.destroy()
  })

  const dataFor = (c: Case, before: Json): Json =>
    c.op === 'publish'
      ? { _status: 'published' }
      : c.op === 'unpublish'
        ? { _status: 'draft' }
        : kits[c.target].updateData(before)

  it.for(
    cases.map(
      (c) =>
        [
          `${c.surface}: ${c.caller} ${c.op}${c.draft ? ' (draft)' : ''} ${c.target}: ${c.rule}`,
          c,
        ] as const,
    ),
  )('%s', async ([, c]) => {
    const kit = kits[c.target]
    const who = ids[c.caller]
    const collection = c.target as CollectionSlug
    for (const check of checksFor(c.rule, c.op, kit, Boolean(who.user))) {
      const id = await kit.fixture({
        self: check.spec.own ? who : undefined,
        published: check.spec.published,
      })
      const before = await snapshot(cms.payload, collection, id)
      const data = c.op === 'delete' ? undefined : dataFor(c, before.main ?? {})
      const answer = await bulk(cms, c.surface, who, { collection, id, data, draft: c.draft })
      const after = await snapshot(cms.payload, collection, id)
      const context = `${check.label}: ${answer}`
      if (!check.allowed) {
        expect(after, context).toEqual(before)
        continue
      }
      if (c.op === 'delete') expect(after.main, context).toBeUndefined()
      else expect(c.draft ? after.latest : after.main, context).toMatchObject(data ?? {})
    }
  })

  describe('contributors and a published article with an editor draft on top', () => {
    const publishedWithPendingDraft = async () => {
      const id = await kits.articles.fixture({ self: ids.contributor, published: true })
      await cms.payload.update({
        collection: 'articles',
        id,
        draft: true,
        data: { title: `Editor's pending edit ${Date.now()}` },
        user: ids.editor.user,
        context: { disableRevalidate: true },
      })
      return id
    }

    it.each(
      bulkSurfaces.flatMap((surface) =>
        [false, true].flatMap((draft) => [
          { surface, draft, op: 'edit', data: { title: 'Contributor edit' } as Json | undefined },
          { surface, draft, op: 'unpublish', data: { _status: 'draft' } as Json | undefined },
          ...(draft ? [] : [{ surface, draft, op: 'delete', data: undefined }]),
        ]),
      ),
    )('cannot $op it over $surface (draft: $draft)', async ({ surface, draft, data }) => {
      const id = await publishedWithPendingDraft()
      const before = await snapshot(cms.payload, 'articles', id)
      expect(before.latest?._status).toBe('draft')
      const answer = await bulk(cms, surface, ids.contributor, {
        collection: 'articles',
        id,
        data,
        draft,
      })
      expect(await snapshot(cms.payload, 'articles', id), answer).toEqual(before)
    })

    it('cannot slip it into a bulk update of their own drafts', async () => {
      const own = await kits.articles.fixture({ self: ids.contributor })
      const live = await publishedWithPendingDraft()
      const before = await snapshot(cms.payload, 'articles', live)
      const result = await cms.payload.update({
        collection: 'articles',
        where: { id: { in: [own, live] } },
        data: { title: `Bulk ${Date.now()}` },
        draft: true,
        overrideAccess: false,
        user: ids.contributor.user,
      })
      expect(result.docs.map((doc) => doc.id)).toEqual([own])
      expect(await snapshot(cms.payload, 'articles', live)).toEqual(before)
    })
  })

  describe('GraphQL aliases', () => {
    it('check every aliased mutation on its own: one allowed alias does not carry the others', async () => {
      const own = await kits.articles.fixture({ self: ids.contributor })
      const others = await Promise.all([
        kits.articles.fixture({ self: ids.otherContributor }),
        kits.articles.fixture({ self: ids.contributor, published: true }),
      ])
      const before = await Promise.all(others.map((id) => snapshot(cms.payload, 'articles', id)))
      const aliases = [own, ...others]
        .map(
          (id, n) =>
            `a${n}: updateArticle(id: ${id}, data: { title: "Aliased ${n}" }, draft: true) { id }`,
        )
        .join('\n')
      const result = await graphqlAs(cms, `mutation { ${aliases} }`, {
        headers: ids.contributor.headers,
      })
      expect(result.data?.a0, JSON.stringify(result)).toEqual({ id: own })
      expect(result.errors?.map((error) => error.extensions?.statusCode)).toEqual([403, 403])
      const after = await Promise.all(others.map((id) => snapshot(cms.payload, 'articles', id)))
      expect(after).toEqual(before)
    })

    it('delete only what each alias may delete', async () => {
      const own = await kits.articles.fixture({ self: ids.contributor })
      const other = await kits.articles.fixture({ self: ids.otherContributor })
      const result = await graphqlAs(
        cms,
        `mutation { mine: deleteArticle(id: ${own}) { id } theirs: deleteArticle(id: ${other}) { id } }`,
        { headers: ids.contributor.headers },
      )
      expect(result.data?.mine).toEqual({ id: own })
      expect(result.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect((await snapshot(cms.payload, 'articles', own)).main).toBeUndefined()
      expect((await snapshot(cms.payload, 'articles', other)).main).toBeDefined()
    })
  })

  it('duplicating a published article gives a contributor a draft of their own, never a second live copy', async () => {
    const live = await kits.articles.fixture({ self: ids.otherContributor, published: true })
    const copy = await cms.payload.duplicate({
      collection: 'articles',
      id: live,
      overrideAccess: false,
      user: ids.contributor.user,
      depth: 0,
    })
    const stored = await snapshot(cms.payload, 'articles', copy.id)
    expect(stored.main?._status).toBe('draft')
    expect(stored.main?.createdBy).toBe(ids.contributor.user?.id)
  })
})
