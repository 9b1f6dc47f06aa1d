import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { REST_PATCH, REST_POST } from '@/http/routes'
import { body, createAuthor, createTopic, quiet } from '../support/content'
import {
  type Identity,
  perform,
  staffIdentity,
  succeeded,
  surfaces,
} from '../support/rolesSurfaces'
import { graphqlCall, type Json, restCall } from '../support/routes'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * The editorial workflow's rules, through the Local API as the admin's saves reach them:
 * medical review, review due dates, the first-publish date, slug redirects, scheduled
 * publishing and who started an article.
 */
describe('editorial rules', () => {
  let cms: TestCms
  let admin: Identity
  let editor: Identity
  let contributor: Identity
  let author: number
  let reviewer: number
  let periodBefore: number

  const articles = 'articles' as const

  beforeAll(async () => {
    cms = await startTestCms()
    // The first account of a site becomes its admin: make that the admin.
    admin = await staffIdentity(cms.payload, 'admin', 'admin')
    editor = await staffIdentity(cms.payload, 'editor', 'editor')
    contributor = await staffIdentity(cms.payload, 'contributor', 'contributor')
    author = (await createAuthor(cms.payload, 'Noor Vale')).id
    reviewer = (await createAuthor(cms.payload, 'Lee Park', { credentials: 'MD' })).id
    periodBefore = (await cms.payload.findGlobal({ slug: 'site' })).reviewPeriodMonths
  })
  beforeEach(() => {
    cms.changes.length = 0
  })
  afterAll(async () => {
    // The suite shares one database: leave the review period as it was.
    await cms?.payload.updateGlobal({
      slug: 'site',
      data: { reviewPeriodMonths: periodBefore },
      context: quiet,
    })
    await cms?.payload.destroy()
  })

  /** A new draft, saved as the editor saves in /admin. */
  const draft = async (data: Json = {}, as: Identity = editor) =>
    cms.payload.create({
      collection: articles,
      draft: true,
      data: {
        title: 'Editorial rules',
        slug: uniqueSlug('editorial'),
        body: body({ p: 'Text.' }),
        authors: [author],
        _status: 'draft',
        ...data,
      },
      overrideAccess: false,
      user: as.user,
    })

  /** A publish by the editor, with access control on. */
  const publish = (id: number, data: Json = {}) =>
    cms.payload.update({
      collection: articles,
      id,
      data: { ...data, _status: 'published' },
      overrideAccess: false,
      user: editor.user,
    })

  const live = (id: number) => cms.payload.findByID({ collection: articles, id, depth: 0 })
  const latest = (id: number) =>
    cms.payload.findByID({ collection: articles, id, depth: 0, draft: true })

  const reportsFor = (id: number) =>
    cms.changes.filter((change) => change.source === 'articles' && change.id === id)

  describe('medical review', () => {
    const missingBoth = {
      name: 'ValidationError',
      status: 400,
      data: {
        errors: [
          { path: 'medicalReviewer', message: expect.stringMatching(/medical reviewer/i) },
          { path: 'lastReviewedAt', message: expect.stringMatching(/last medical review/i) },
        ],
      },
    }

    it('refuses to publish a clinical article without reviewer and review date, naming what is missing', async () => {
      const article = await draft({ clinical: true })
      const refused = publish(article.id)
      await expect(refused).rejects.toMatchObject(missingBoth)
      await expect(refused).rejects.toThrow(/medicalReviewer, lastReviewedAt/)
      expect(await live(article.id)).toMatchObject({ _status: 'draft', publishedAt: null })

      // With a reviewer but no date, only the date is named.
      const noDate = publish(article.id, { medicalReviewer: reviewer })
      await expect(noDate).rejects.toMatchObject({
        data: { errors: [{ path: 'lastReviewedAt' }] },
      })
      await expect(noDate).rejects.not.toThrow(/medicalReviewer/)

      // The admin publishes over REST: the same refusal, field by field.
      const rest = await restCall(cms.config, `articles/${article.id}`, {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...editor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ _status: 'published' }),
      })
      expect(rest.status).toBe(400)
      const errors = (rest.body.errors as { data?: { errors: { path: string }[] } }[])[0]?.data
      expect(errors?.errors.map((error) => error.path)).toEqual([
        'medicalReviewer',
        'lastReviewedAt',
      ])
      expect((await live(article.id))._status).toBe('draft')
      expect(reportsFor(article.id)).toEqual([])
    })

    it('refuses to create a clinical article already published without a review', async () => {
      const slug = uniqueSlug('clinical-at-once')
      await expect(
        cms.payload.create({
          collection: articles,
          data: {
            title: 'Clinical at once',
            slug,
            body: body({ p: 'Text.' }),
            authors: [author],
            clinical: true,
            _status: 'published',
          },
          overrideAccess: false,
          user: editor.user,
        }),
      ).rejects.toMatchObject(missingBoth)
      const { totalDocs } = await cms.payload.count({
        collection: articles,
        where: { slug: { equals: slug } },
      })
      expect(totalDocs).toBe(0)
    })

    it('treats an article in a clinical topic as clinical', async () => {
      const topic = await createTopic(cms.payload, 'Medication')
      await cms.payload.update({
        collection: 'topics',
        id: topic.id,
        data: { clinical: true },
        context: quiet,
      })
      const calm = await createTopic(cms.payload, 'Habits')
      const article = await draft({ clinical: false, topics: [calm.id, topic.id] })
      await expect(publish(article.id)).rejects.toMatchObject(missingBoth)
      expect((await live(article.id))._status).toBe('draft')

      await publish(article.id, {
        medicalReviewer: reviewer,
        lastReviewedAt: '2026-05-04T00:00:00.000Z',
      })
      expect((await live(article.id))._status).toBe('published')
    })

    it('publishes a clinical article that has a reviewer and a review date', async () => {
      const article = await draft({ clinical: true })
      await publish(article.id, {
        medicalReviewer: reviewer,
        lastReviewedAt: '2026-06-01T00:00:00.000Z',
      })
      expect(await live(article.id)).toMatchObject({
        _status: 'published',
        medicalReviewer: reviewer,
        lastReviewedAt: '2026-06-01T00:00:00.000Z',
      })
      expect(reportsFor(article.id).map((change) => change.operation)).toEqual(['publish'])
    })

    it('publishes a non-clinical article without a review', async () => {
      const topic = await createTopic(cms.payload, 'Sleep')
      const article = await draft({ topics: [topic.id] })
      await publish(article.id)
      expect(await live(article.id)).toMatchObject({
        _status: 'published',
        clinical: false,
        medicalReviewer: null,
      })
    })

    it('saves drafts of clinical articles, also as a contributor and by autosave', async () => {
      const article = await draft({ clinical: true }, contributor)
      const saved = await cms.payload.update({
        collection: articles,
        id: article.id,
        draft: true,
        autosave: true,
        data: { title: 'Clinical work in progress' },
        overrideAccess: false,
        user: contributor.user,
      })
      expect(saved.title).toBe('Clinical work in progress')
      expect(await latest(article.id)).toMatchObject({
        title: 'Clinical work in progress',
        clinical: true,
        _status: 'draft',
      })
    })
  })

  describe('who records a medical review', () => {
    const review = { medicalReviewer: 0, lastReviewedAt: '2026-05-04T00:00:00.000Z' }
    const unreviewed = { medicalReviewer: null, lastReviewedAt: null, reviewDueAt: null }
    beforeAll(() => {
      review.medicalReviewer = reviewer
    })

    it.each(surfaces)(
      "drops a contributor's reviewer and review date over %s, on create and on update",
      async (surface) => {
        const created = await perform(cms, surface, contributor, {
          op: 'create',
          collection: articles,
          data: {
            title: 'Reviewed by nobody',
            slug: uniqueSlug('self-reviewed'),
            body: body({ p: 'Text.' }),
            authors: [author],
            clinical: true,
            _status: 'draft',
            ...review,
          },
        })
        expect(succeeded(created), created.message).toBe(true)
        const id = created.id as number
        expect(await latest(id)).toMatchObject(unreviewed)

        const update = { op: 'update', collection: articles, id, draft: true } as const
        const updated = await perform(cms, surface, contributor, { ...update, data: review })
        expect(succeeded(updated), updated.message).toBe(true)
        expect(await latest(id)).toMatchObject(unreviewed)

        // An editor's review stays when the contributor writes on, clearing it or not.
        expect(succeeded(await perform(cms, surface, editor, { ...update, data: review }))).toBe(
          true,
        )
        const cleared = { medicalReviewer: null, lastReviewedAt: null }
        expect(
          succeeded(await perform(cms, surface, contributor, { ...update, data: cleared })),
        ).toBe(true)
        expect(await latest(id)).toMatchObject(review)
      },
    )

    it('shows the admin both fields read-only to contributors, editable to editors', async () => {
      /** What `/api/access` grants; Payload collapses what is all allowed into `true`. */
      const grants = async (who: Identity) => {
        const { body } = await restCall(cms.config, 'access', { headers: who.headers })
        const fields = (body.collections as Record<string, { fields: unknown }>).articles?.fields
        return (['medicalReviewer', 'lastReviewedAt'] as const).flatMap((name) => {
          const field = fields === true ? true : (fields as Record<string, unknown>)[name]
          const may = (op: string) => {
            if (field === true) return true
            const grant = (field as Record<string, unknown> | undefined)?.[op]
            return grant === true || (grant as { permission?: boolean })?.permission === true
          }
          return [`${name} read ${may('read')}`, `${name} edit ${may('create') || may('update')}`]
        })
      }
      expect(await grants(contributor)).toEqual([
        'medicalReviewer read true',
        'medicalReviewer edit false',
        'lastReviewedAt read true',
        'lastReviewedAt edit false',
      ])
      expect((await grants(editor)).every((grant) => grant.endsWith('true'))).toBe(true)
    })
  })

  describe('review due dates', () => {
    const setPeriod = (months: number) =>
      cms.payload.updateGlobal({
        slug: 'site',
        data: { reviewPeriodMonths: months },
        overrideAccess: false,
        user: editor.user,
      })

    it('are the last review plus 12 months by default, and follow the review date', async () => {
      expect((await cms.payload.findGlobal({ slug: 'site' })).reviewPeriodMonths).toBe(12)
      const article = await draft({ lastReviewedAt: '2026-03-10T00:00:00.000Z' })
      expect(article.reviewDueAt).toBe('2027-03-10T00:00:00.000Z')
      expect((await latest(article.id)).reviewDueAt).toBe('2027-03-10T00:00:00.000Z')

      await publish(article.id, { lastReviewedAt: '2026-04-02T00:00:00.000Z' })
      expect((await live(article.id)).reviewDueAt).toBe('2027-04-02T00:00:00.000Z')

      await publish(article.id, { lastReviewedAt: null })
      expect((await live(article.id)).reviewDueAt).toBeNull()
    })

    it('move for every article, drafts and history included, when the review period changes', async () => {
      // Live and reviewed in January, with a newer draft reviewed in February.
      const both = await draft({ lastReviewedAt: '2026-01-20T00:00:00.000Z' })
      await publish(both.id)
      await cms.payload.update({
        collection: articles,
        id: both.id,
        draft: true,
        data: { lastReviewedAt: '2026-02-20T00:00:00.000Z' },
        overrideAccess: false,
        user: editor.user,
      })
      const draftOnly = await draft({ lastReviewedAt: '2026-04-05T00:00:00.000Z' })
      const unreviewed = await draft()
      expect((await live(both.id)).reviewDueAt).toBe('2027-01-20T00:00:00.000Z')

      try {
        await setPeriod(6)
        expect((await live(both.id)).reviewDueAt).toBe('2026-07-20T00:00:00.000Z')
        expect((await latest(both.id)).reviewDueAt).toBe('2026-08-20T00:00:00.000Z')
        expect((await latest(draftOnly.id)).reviewDueAt).toBe('2026-10-05T00:00:00.000Z')
        expect((await latest(unreviewed.id)).reviewDueAt ?? null).toBeNull()

        const history = await cms.payload.findVersions({
          collection: articles,
          where: { parent: { in: [both.id, draftOnly.id] } },
          depth: 0,
          pagination: false,
        })
        const reviewed = history.docs.filter((doc) => doc.version.lastReviewedAt)
        expect(reviewed.length).toBeGreaterThanOrEqual(3)
        for (const { version } of reviewed) {
          const due = new Date(version.lastReviewedAt as string)
          due.setUTCMonth(due.getUTCMonth() + 6)
          expect(version.reviewDueAt, `version reviewed ${version.lastReviewedAt}`).toBe(
            due.toISOString(),
          )
        }

        // Saves after the change use the new period too.
        const later = await draft({ lastReviewedAt: '2026-05-15T00:00:00.000Z' })
        expect(later.reviewDueAt).toBe('2026-11-15T00:00:00.000Z')
      } finally {
        await setPeriod(12)
      }
      expect((await live(both.id)).reviewDueAt).toBe('2027-01-20T00:00:00.000Z')
    })

    it('are the same whether computed on save or when the period changes, also at month ends', async () => {
      try {
        await setPeriod(6)
        // 31 August + 6 months: there is no 31 February.
        const saved = await draft({ lastReviewedAt: '2026-08-31T00:00:00.000Z' })
        const onSave = saved.reviewDueAt
        await setPeriod(7)
        await setPeriod(6)
        const onReschedule = (await latest(saved.id)).reviewDueAt
        expect(onSave).toBe(onReschedule)
        expect(onReschedule?.slice(0, 7)).toBe('2027-02')
      } finally {
        await setPeriod(12)
      }
    })
  })

  describe('publishedAt', () => {
    it('is stamped on the first publish and kept by later publishes, while updatedAt moves', async () => {
      const article = await draft()
      expect(article.publishedAt ?? null).toBeNull()
      const before = Date.now()
      await publish(article.id)
      const first = await live(article.id)
      const publishedAt = first.publishedAt as string
      expect(Date.parse(publishedAt)).toBeGreaterThanOrEqual(before - 1)
      expect(Date.parse(publishedAt)).toBeLessThanOrEqual(Date.now())

      await new Promise((resolve) => setTimeout(resolve, 20))
      await publish(article.id, { title: 'Edited and published again' })
      const second = await live(article.id)
      expect(second.publishedAt).toBe(publishedAt)
      expect(Date.parse(second.updatedAt)).toBeGreaterThan(Date.parse(first.updatedAt))

      // Unpublished and published again: still the first publish date.
      await cms.payload.update({ collection: articles, id: article.id, data: { _status: 'draft' } })
      await publish(article.id)
      expect((await live(article.id)).publishedAt).toBe(publishedAt)
    })
  })

  describe('slug redirects', () => {
    /** The redirects pointing at an article: old slug -> article id. */
    const redirectsTo = async (id: number) => {
      const { docs } = await cms.payload.find({
        collection: 'redirects',
        where: { article: { equals: id } },
        depth: 0,
        pagination: false,
      })
      return Object.fromEntries(docs.map((doc) => [doc.from, doc.article]))
    }
    const redirectFrom = async (slug: string) =>
      (await cms.payload.count({ collection: 'redirects', where: { from: { equals: slug } } }))
        .totalDocs
    const rename = (id: number, slug: string) => publish(id, { slug })

    const publishedArticle = async () => {
      const article = await draft()
      await publish(article.id)
      cms.changes.length = 0
      return article
    }

    it('keep every old slug of a published article pointing at it, and report each rename', async () => {
      const { id, slug: a } = await publishedArticle()
      const b = `${a}-b`
      const c = `${a}-c`
      await rename(id, b)
      await rename(id, c)
      expect(await redirectsTo(id)).toEqual({ [a]: id, [b]: id })
      expect((await live(id)).slug).toBe(c)
      const reports = reportsFor(id)
      expect(reports).toHaveLength(2)
      expect(reports[0]).toMatchObject({ operation: 'update' })
      expect(reports[0]?.slugs).toEqual(expect.arrayContaining([a, b]))
      expect(reports[1]?.slugs).toEqual(expect.arrayContaining([b, c]))
    })

    it('are not stored for a draft that was never published', async () => {
      const article = await draft()
      const renamed = `${article.slug}-renamed`
      await cms.payload.update({
        collection: articles,
        id: article.id,
        draft: true,
        data: { slug: renamed },
        overrideAccess: false,
        user: editor.user,
      })
      await cms.payload.update({
        collection: articles,
        id: article.id,
        data: { slug: `${renamed}-again` },
        overrideAccess: false,
        user: editor.user,
      })
      expect(await redirectsTo(article.id)).toEqual({})
      expect(await redirectFrom(article.slug)).toBe(0)
      expect(await redirectFrom(renamed)).toBe(0)
    })

    it('stop for a slug that is live again', async () => {
      const { id, slug: a } = await publishedArticle()
      const b = `${a}-b`
      const c = `${a}-c`
      await rename(id, b)
      await rename(id, c)
      await rename(id, a)
      expect((await live(id)).slug).toBe(a)
      expect(await redirectsTo(id)).toEqual({ [b]: id, [c]: id })
      expect(await redirectFrom(a)).toBe(0)
    })

    it('do not keep a renamed article from being deleted, and go with it', async () => {
      const { id, slug: a } = await publishedArticle()
      await rename(id, `${a}-b`)
      expect(await redirectsTo(id)).toEqual({ [a]: id })
      await cms.payload.delete({
        collection: articles,
        id,
        overrideAccess: false,
        user: editor.user,
      })
      expect(
        (await cms.payload.count({ collection: articles, where: { id: { equals: id } } }))
          .totalDocs,
      ).toBe(0)
      expect(await redirectFrom(a)).toBe(0)
    })

    it('keep the old live slug when the new slug was autosaved as a draft before publishing', async () => {
      const { id, slug: a } = await publishedArticle()
      const b = `${a}-b`
      await cms.payload.update({
        collection: articles,
        id,
        draft: true,
        autosave: true,
        data: { slug: b },
        overrideAccess: false,
        user: editor.user,
      })
      // Readers still use the old address; nothing to redirect or report yet.
      expect((await live(id)).slug).toBe(a)
      expect(await redirectsTo(id)).toEqual({})
      expect(reportsFor(id)).toEqual([])

      await publish(id)
      expect((await live(id)).slug).toBe(b)
      expect(await redirectsTo(id)).toEqual({ [a]: id })
      const reports = reportsFor(id)
      expect(reports).toHaveLength(1)
      expect(reports[0]?.slugs).toEqual(expect.arrayContaining([a, b]))
    })
  })

  describe('scheduled publishing', () => {
    /** Queued the way the admin's schedule drawer queues it. */
    const schedule = (type: 'publish' | 'unpublish', id: number, by: Identity, at: Date) =>
      cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type,
          // The admin sends the id as a string; the task turns it back into a number.
          doc: { relationTo: articles, value: String(id) as unknown as number },
          user: { relationTo: 'users', value: by.user?.id as number },
        },
        waitUntil: at,
      })
    const runQueue = () => cms.payload.jobs.run({ queue: 'default' })
    const until = (at: Date) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now() + 50)))

    it('publishes and unpublishes at the time set, not before, and reports both', async () => {
      const toPublish = await draft()
      const toUnpublish = await draft()
      await publish(toUnpublish.id)
      cms.changes.length = 0
      const at = new Date(Date.now() + 2000)
      await schedule('publish', toPublish.id, editor, at)
      await schedule('unpublish', toUnpublish.id, editor, at)

      await runQueue()
      expect((await live(toPublish.id))._status).toBe('draft')
      expect((await live(toUnpublish.id))._status).toBe('published')
      expect(cms.changes).toEqual([])

      await until(at)
      await runQueue()
      expect((await live(toPublish.id))._status).toBe('published')
      expect((await live(toUnpublish.id))._status).toBe('draft')
      expect(reportsFor(toPublish.id).map((change) => change.operation)).toEqual(['publish'])
      expect(reportsFor(toUnpublish.id).map((change) => change.operation)).toEqual(['unpublish'])
    })

    it('does not publish what a contributor scheduled: the job has only their rights', async () => {
      const article = await draft({}, contributor)
      const at = new Date(Date.now() + 2000)
      const job = await schedule('publish', article.id, contributor, at)
      await until(at)
      await runQueue()
      expect((await live(article.id))._status).toBe('draft')
      expect(reportsFor(article.id)).toEqual([])
      const stored = await cms.payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(stored.hasError).toBe(true)
    })
  })

  describe('createdBy', () => {
    it('is stamped from the creating user, whatever the caller sends', async () => {
      const local = await draft({ createdBy: admin.user?.id }, contributor)
      expect((await latest(local.id)).createdBy).toBe(contributor.user?.id)

      const rest = await restCall(cms.config, 'articles', {
        method: 'POST',
        handler: REST_POST,
        headers: { ...contributor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Claims another author',
          slug: uniqueSlug('claims'),
          body: body({ p: 'Text.' }),
          authors: [author],
          _status: 'draft',
          createdBy: editor.user?.id,
        }),
      })
      expect(rest.status, JSON.stringify(rest.body)).toBe(201)
      const id = (rest.body.doc as { id: number }).id
      expect((await latest(id)).createdBy).toBe(contributor.user?.id)
    })

    it('cannot be changed afterwards, not even by an admin', async () => {
      const article = await draft({}, contributor)
      await cms.payload.update({
        collection: articles,
        id: article.id,
        data: { createdBy: admin.user?.id, title: 'Taken over' },
        overrideAccess: false,
        user: admin.user,
      })
      const patched = await restCall(cms.config, `articles/${article.id}`, {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...editor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ createdBy: editor.user?.id }),
      })
      expect(patched.status).toBe(200)
      expect(await live(article.id)).toMatchObject({
        title: 'Taken over',
        createdBy: contributor.user?.id,
      })
    })

    it('is hidden from anonymous readers and API clients, and shown to staff', async () => {
      const article = await draft({}, contributor)
      await publish(article.id)
      const anonymous = await restCall(cms.config, `articles/${article.id}?depth=0`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.title).toBe('Editorial rules')
      expect(anonymous.body).not.toHaveProperty('createdBy')

      const graphql = await graphqlCall(
        cms.config,
        `{ Article(id: ${article.id}) { title createdBy { id } } }`,
      )
      expect(graphql.data?.Article).toEqual({ title: 'Editorial rules', createdBy: null })

      const apiKey = randomUUID()
      await cms.payload.create({
        collection: 'users',
        data: {
          email: `api-${apiKey}@example.test`,
          password: 'an-unused-long-password-1',
          role: 'api',
          enableAPIKey: true,
          apiKey,
        },
        context: quiet,
      })
      const client = await restCall(cms.config, `articles/${article.id}?depth=0&draft=true`, {
        headers: { authorization: `users API-Key ${apiKey}` },
      })
      expect(client.status).toBe(200)
      expect(client.body.title).toBe('Editorial rules')
      expect(client.body).not.toHaveProperty('createdBy')

      const staff = await restCall(cms.config, `articles/${article.id}?depth=0`, {
        headers: editor.headers,
      })
      expect(staff.body.createdBy).toBe(contributor.user?.id)
    })
  })
})
