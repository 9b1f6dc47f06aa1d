import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callServerFunction } from '../support/adminServerFunctions'
import {
  buildKits,
  createIdentities,
  createShared,
  type Id,
  type Identities,
  type Identity,
  type Kit,
} from '../support/rolesSurfaces'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * The admin's server functions, called as the layout calls them, by every kind of caller: the
 * role matrix's row for the admin. Payload 3.90.1 left `schedule-publish` open to any staff
 * account (jobs deleted with access control off), `form-state` locking documents the caller may
 * not edit, and several functions open to API keys or to nobody in particular.
 */

/** Every function Payload 3.90.1 registers (`handleServerFunctions` in @payloadcms/next). */
const payloadServerFunctions = [
  'copy-data-from-locale',
  'form-state',
  'get-default-layout',
  'get-folder-results-component-and-data',
  'get-upcoming-scheduled-publish',
  'render-document',
  'render-document-slots',
  'render-field',
  'render-list',
  'render-widget',
  'schedule-publish',
  'slugify',
  'table-state',
] as const

const inAnHour = () => new Date(Date.now() + 60 * 60 * 1000)
const articleRef = (id: Id) => ({ relationTo: 'articles', value: String(id) })

describe('admin server functions', () => {
  let cms: TestCms
  let ids: Identities
  let articles: Kit
  /** Published by an editor: only editors and admins may publish it. */
  let published: Id
  let other: Id

  const call = (who: Identity, name: string, args: Record<string, unknown>) =>
    callServerFunction(cms, who, name, args)

  const schedule = (who: Identity, id: Id) =>
    call(who, 'schedule-publish', { type: 'publish', date: inAnHour(), doc: articleRef(id) })

  const scheduledJobs = async (id: Id) =>
    (
      await cms.payload.find({
        collection: 'payload-jobs',
        where: {
          taskSlug: { equals: 'schedulePublish' },
          'input.doc.value': { equals: String(id) },
        },
        depth: 0,
        pagination: false,
      })
    ).docs

  /** An editor's scheduled publish, made through the server function. */
  const editorsJob = async (id: Id) => {
    const before = new Set((await scheduledJobs(id)).map((job) => job.id))
    await schedule(ids.editor, id)
    const job = (await scheduledJobs(id)).find((candidate) => !before.has(candidate.id))
    if (!job) throw new Error(`the editor's schedule-publish queued no job for article ${id}`)
    return job.id
  }

  const jobExists = async (id: number | string) =>
    (await cms.payload.count({ collection: 'payload-jobs', where: { id: { equals: id } } }))
      .totalDocs === 1

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    const shared = await createShared(cms.payload, ids)
    articles = buildKits(cms.payload, ids, shared).articles
    published = shared.article
    other = await articles.fixture({ published: true })
  })

  afterAll(async () => {
    await cms?.payload.delete({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
    })
  })

  describe.each(['anonymous', 'api'] as const)('%s, who may not open /admin', (caller) => {
    it.each(payloadServerFunctions)('is refused %s', async (name) => {
      await expect(call(ids[caller], name, {})).rejects.toMatchObject({
        name: 'UnauthorizedError',
      })
    })
  })

  describe.each(['anonymous', 'api', 'contributor'] as const)('%s', (caller) => {
    it('cannot schedule a publish of an article', async () => {
      const before = (await scheduledJobs(published)).length
      await expect(schedule(ids[caller], published)).rejects.toThrow()
      expect(await scheduledJobs(published)).toHaveLength(before)
    })

    it("cannot cancel an editor's scheduled publish", async () => {
      const job = await editorsJob(published)
      await expect(call(ids[caller], 'schedule-publish', { deleteID: job })).rejects.toThrow()
      expect(await jobExists(job)).toBe(true)
    })
  })

  it('a contributor cannot schedule the publish of their own draft either', async () => {
    const draft = await articles.fixture({ self: ids.contributor })
    await expect(schedule(ids.contributor, draft)).rejects.toThrow()
    expect(await scheduledJobs(draft)).toHaveLength(0)
  })

  describe.each(['editor', 'admin'] as const)('%s', (caller) => {
    it('schedules a publish and cancels it, and the cancel queues nothing', async () => {
      const before = new Set((await scheduledJobs(published)).map((job) => job.id))
      await schedule(ids[caller], published)
      const job = (await scheduledJobs(published)).find((candidate) => !before.has(candidate.id))
      expect(job?.input).toMatchObject({ type: 'publish', doc: articleRef(published) })
      const jobsBefore = await cms.payload.count({ collection: 'payload-jobs' })

      await call(ids[caller], 'schedule-publish', { deleteID: job?.id })

      expect(await jobExists(job?.id ?? -1)).toBe(false)
      // Payload's own handler queued an empty publish job after every cancel.
      expect((await cms.payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(
        jobsBefore.totalDocs - 1,
      )
    })
  })

  it("a cancel naming another document than its job's is refused", async () => {
    const job = await editorsJob(published)
    await expect(
      call(ids.editor, 'schedule-publish', { deleteID: job, doc: articleRef(other) }),
    ).rejects.toThrow()
    expect(await jobExists(job)).toBe(true)
  })

  it('a cancel naming a job that is not a scheduled publish is refused', async () => {
    // A webhook delivery (never run here: the suite does not run the queue).
    const delivery = await cms.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: 'webhooks',
      input: { webhook: 1, event: {} },
    })
    await expect(call(ids.editor, 'schedule-publish', { deleteID: delivery.id })).rejects.toThrow()
    expect(await jobExists(delivery.id)).toBe(true)
    await cms.payload.delete({ collection: 'payload-jobs', id: delivery.id })
  })

  describe('form-state edit locks', () => {
    const lockStatus = (who: Identity, id: Id) =>
      call(who, 'form-state', {
        collectionSlug: 'articles',
        id,
        schemaPath: 'articles',
        formState: {},
        operation: 'update',
        docPreferences: { fields: {} },
        renderAllFields: false,
        returnLockStatus: true,
        skipValidation: true,
      })

    const locksOn = async (id: Id) =>
      (
        await cms.payload.find({
          collection: 'payload-locked-documents',
          where: {
            'document.relationTo': { equals: 'articles' },
            'document.value': { equals: id },
          },
          depth: 0,
          pagination: false,
        })
      ).docs

    it("a contributor does not lock an editor's published article", async () => {
      const article = await articles.fixture({ self: ids.editor, published: true })
      await lockStatus(ids.contributor, article)
      expect(await locksOn(article)).toHaveLength(0)
    })

    it('a contributor still locks their own draft while editing it', async () => {
      const draft = await articles.fixture({ self: ids.contributor })
      await lockStatus(ids.contributor, draft)
      expect(await locksOn(draft)).toMatchObject([
        { user: { relationTo: 'users', value: ids.contributor.user?.id } },
      ])
    })
  })

  it('staff still reach the functions that were open to everyone', async () => {
    await expect(
      call(ids.contributor, 'slugify', {
        collectionSlug: 'articles',
        path: 'slug',
        valueToSlugify: 'Sleep and Recovery',
      }),
    ).resolves.toBe('sleep-and-recovery')
  })
})
