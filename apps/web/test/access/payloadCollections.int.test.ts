import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type CollectionSlug, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_GET, REST_POST } from '@/http/routes'
import { body } from '../support/content'
import { type Caller, callers } from '../support/roleMatrix'
import {
  createIdentities,
  type Id,
  type Identities,
  type Identity,
  perform,
  succeeded,
  surfaces,
} from '../support/rolesSurfaces'
import { type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Payload's own collections and endpoints, which Payload adds with "any signed-in caller"
 * rules: edit locks, admin preferences, the jobs queue and the migration log. An API key is
 * read-only everywhere, and nobody acts in another person's name.
 */

const locks = 'payload-locked-documents' as CollectionSlug
const staff: Caller[] = ['contributor', 'editor', 'admin']

describe("Payload's own collections", () => {
  let cms: TestCms
  let ids: Identities
  let article: Id

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    const author = await cms.payload.create({
      collection: 'authors',
      data: { name: 'Lock Author', slug: `lock-author-${Date.now()}` },
      context: { disableRevalidate: true },
    })
    article = (
      await cms.payload.create({
        collection: 'articles',
        data: {
          title: 'Locked article',
          slug: `locked-${Date.now()}`,
          authors: [author.id],
          body: body({ p: 'Locked.' }),
        },
        context: { disableRevalidate: true },
      })
    ).id
  })
  afterAll(async () => {
    await cms?.payload.destroy()
  })

  const lockData = (holder: Identity) => ({
    document: { relationTo: 'articles', value: article },
    user: { relationTo: 'users', value: holder.user?.id },
  })
  const lockOf = async (holder: Identity) =>
    (await cms.payload.create({ collection: locks, data: lockData(holder) as never })).id as Id
  const lockExists = async (id: Id) =>
    (await cms.payload.find({ collection: locks, where: { id: { equals: id } } })).totalDocs === 1

  describe.each(surfaces)('edit locks over %s', (surface) => {
    it.each(callers)('%s cannot take a lock in someone else’s name', async (caller) => {
      const before = (await cms.payload.count({ collection: locks })).totalDocs
      const outcome = await perform(cms, surface, ids[caller], {
        op: 'create',
        collection: locks,
        data: lockData(caller === 'admin' ? ids.editor : ids.admin),
      })
      expect(outcome.status, JSON.stringify(outcome)).toBe(403)
      expect((await cms.payload.count({ collection: locks })).totalDocs).toBe(before)
    })

    it.each(callers)('%s takes a lock in its own name only when it is staff', async (caller) => {
      const who = ids[caller]
      const outcome = await perform(cms, surface, who, {
        op: 'create',
        collection: locks,
        data: who.user ? lockData(who) : lockData(ids.admin),
      })
      if (staff.includes(caller)) expect(succeeded(outcome), JSON.stringify(outcome)).toBe(true)
      else expect(outcome.status, JSON.stringify(outcome)).toBe(403)
      if (outcome.id) await cms.payload.delete({ collection: locks, id: outcome.id })
    })

    it.each(callers)('%s deletes an editor’s lock only when it is an admin', async (caller) => {
      const id = await lockOf(ids.editor)
      const who = caller === 'editor' ? ids.otherContributor : ids[caller]
      const outcome = await perform(cms, surface, who, { op: 'delete', collection: locks, id })
      expect(await lockExists(id), JSON.stringify(outcome)).toBe(caller !== 'admin')
      if (caller !== 'admin') await cms.payload.delete({ collection: locks, id })
    })

    it.each(staff)('%s releases its own lock and takes over another', async (caller) => {
      const who = ids[caller]
      const own = await lockOf(who)
      expect(
        (await perform(cms, surface, who, { op: 'delete', collection: locks, id: own })).status,
      ).toBe(200)
      const theirs = await lockOf(caller === 'admin' ? ids.editor : ids.admin)
      const takeover = await perform(cms, surface, who, {
        op: 'update',
        collection: locks,
        id: theirs,
        data: { user: { relationTo: 'users', value: who.user?.id } },
      })
      expect(takeover.status, JSON.stringify(takeover)).toBe(200)
      await cms.payload.delete({ collection: locks, id: theirs })
    })

    it('api keys read no locks', async () => {
      const id = await lockOf(ids.editor)
      const outcome = await perform(cms, surface, ids.api, { op: 'read', collection: locks, id })
      expect([403, 404]).toContain(outcome.status)
      await cms.payload.delete({ collection: locks, id })
    })
  })

  describe('admin preferences', () => {
    const write = (who: Identity, key: string) =>
      restCall(cms.config, `payload-preferences/${key}`, {
        method: 'POST',
        handler: REST_POST,
        headers: { ...who.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ value: { columns: ['title'] } }),
      })
    const stored = async (key: string) =>
      (
        await cms.payload.find({
          collection: 'payload-preferences',
          where: { key: { equals: key } },
        })
      ).totalDocs

    it.each(callers)('%s writes its own preferences only when it is staff', async (caller) => {
      const key = `matrix-${caller}-${Date.now()}`
      const answer = await write(ids[caller], key)
      const allowed = staff.includes(caller)
      expect(answer.status, JSON.stringify(answer.body)).toBe(allowed ? 200 : 403)
      expect(await stored(key)).toBe(allowed ? 1 : 0)
    })

    it('an API key cannot create one through the collection either', async () => {
      const outcome = await perform(cms, 'rest', ids.api, {
        op: 'create',
        collection: 'payload-preferences',
        data: { key: `direct-${Date.now()}`, value: { a: 1 } },
      })
      expect(outcome.status).toBe(403)
    })
  })

  describe('the jobs queue', () => {
    it.each(callers)('%s runs queued jobs over HTTP only when it is an admin', async (caller) => {
      const answer = await restCall(cms.config, 'payload-jobs/run?limit=1', {
        handler: REST_GET,
        headers: ids[caller].headers,
      })
      if (caller === 'admin') expect(answer.status).toBe(200)
      else expect(answer.status, JSON.stringify(answer.body)).toBeGreaterThanOrEqual(401)
      if (caller !== 'admin') expect(answer.status).toBeLessThanOrEqual(403)
    })

    it.each(callers)(
      '%s cannot queue, read or cancel jobs over the Local API with access on',
      async (caller) => {
        const who = ids[caller]
        const queue = cms.payload.jobs.queue({
          task: 'deliverWebhook' as never,
          input: {} as never,
          overrideAccess: false,
          req: await createLocalReq({ user: who.user as never }, cms.payload),
        })
        if (caller === 'admin') {
          const job = (await queue) as { id: number | string }
          await cms.payload.jobs.cancelByID({
            id: job.id,
            overrideAccess: false,
            req: await createLocalReq({ user: who.user as never }, cms.payload),
          })
          // Other files share the queue: leave no job behind.
          await cms.payload.delete({ collection: 'payload-jobs', id: job.id })
        } else await expect(queue).rejects.toMatchObject({ status: 403 })
      },
    )
  })

  it.each(callers)(
    'the migration log is read by admins only and written by nobody: %s',
    async (caller) => {
      const who = ids[caller]
      // Payload serves it over no API; with access control on, the Local API is the way in.
      const read = await cms.payload
        .find({ collection: 'payload-migrations', overrideAccess: false, user: who.user })
        .then(
          () => 200,
          (error: { status?: number }) => error.status,
        )
      expect(read).toBe(caller === 'admin' ? 200 : 403)
      const before = await cms.payload.count({ collection: 'payload-migrations' })
      const created = await perform(cms, 'local', who, {
        op: 'create',
        collection: 'payload-migrations',
        data: { name: 'forged', batch: 99 },
      })
      expect(created.status).toBe(403)
      expect((await cms.payload.count({ collection: 'payload-migrations' })).totalDocs).toBe(
        before.totalDocs,
      )
    },
  )

  describe('every access rule is decided', () => {
    /** Payload's "any signed-in caller" defaults, as Payload itself imports them. */
    const defaults = async () => {
      const dist = path.join(
        path.dirname(createRequire(import.meta.url).resolve('payload')),
        'auth',
      )
      const load = async (file: string) =>
        (await import(pathToFileURL(path.join(dist, file)).href)) as Json
      return new Set([
        (await load('defaultAccess.js')).defaultAccess,
        (await load('defaultUnlockAccess.js')).defaultUnlockAccess,
      ])
    }

    it('no collection, global or job queue of the config relies on a default access function', async () => {
      const config = await cms.config
      const undecided = await defaults()
      const missing: string[] = []
      const check = (owner: string, access: Record<string, unknown> | undefined, ops: string[]) => {
        for (const op of ops) {
          const rule = access?.[op]
          if (typeof rule !== 'function' || undecided.has(rule)) missing.push(`${owner}.${op}`)
        }
      }
      for (const collection of config.collections) {
        const ops = ['create', 'read', 'update', 'delete']
        if (collection.versions) ops.push('readVersions')
        if (collection.auth) ops.push('unlock', 'admin')
        check(collection.slug, collection.access as never, ops)
      }
      for (const global of config.globals) {
        check(`globals.${global.slug}`, global.access as never, [
          'read',
          'update',
          ...(global.versions ? ['readVersions'] : []),
        ])
      }
      check('jobs', config.jobs.access as never, ['run', 'queue', 'cancel'])
      expect(missing).toEqual([])
    })
  })
})
