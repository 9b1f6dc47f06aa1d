import { beforeAll, describe, expect, it } from 'vitest'
import { REST_PATCH } from '@/http/routes'
import { body, createTopic, quiet } from '../support/content'
import { useEditorialDesk } from '../support/editorialDesk'
import { type Identity, perform, succeeded, surfaces } from '../support/rolesSurfaces'
import { restCall } from '../support/routes'
import { uniqueSlug } from '../support/testPayload'

/**
 * The editorial workflow's medical review, as the admin's saves reach it: a clinical article
 * (or one in a clinical topic) is published only with a reviewer and a review date, and only
 * editors may record them; contributors see both fields read-only.
 */
describe('editorial rules', () => {
  const desk = useEditorialDesk()
  const { draft, publish, live, latest, reportsFor } = desk
  const articles = 'articles' as const

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
      const noDate = publish(article.id, { medicalReviewer: desk.reviewer })
      await expect(noDate).rejects.toMatchObject({
        data: { errors: [{ path: 'lastReviewedAt' }] },
      })
      await expect(noDate).rejects.not.toThrow(/medicalReviewer/)

      // The admin publishes over REST: the same refusal, field by field.
      const rest = await restCall(desk.cms.config, `articles/${article.id}`, {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...desk.editor.headers, 'content-type': 'application/json' },
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
        desk.cms.payload.create({
          collection: articles,
          data: {
            title: 'Clinical at once',
            slug,
            body: body({ p: 'Text.' }),
            authors: [desk.author],
            clinical: true,
            _status: 'published',
          },
          overrideAccess: false,
          user: desk.editor.user,
        }),
      ).rejects.toMatchObject(missingBoth)
      const { totalDocs } = await desk.cms.payload.count({
        collection: articles,
        where: { slug: { equals: slug } },
      })
      expect(totalDocs).toBe(0)
    })

    it('treats an article in a clinical topic as clinical', async () => {
      const topic = await createTopic(desk.cms.payload, 'Medication')
      await desk.cms.payload.update({
        collection: 'topics',
        id: topic.id,
        data: { clinical: true },
        context: quiet,
      })
      const calm = await createTopic(desk.cms.payload, 'Habits')
      const article = await draft({ clinical: false, topics: [calm.id, topic.id] })
      await expect(publish(article.id)).rejects.toMatchObject(missingBoth)
      expect((await live(article.id))._status).toBe('draft')

      await publish(article.id, {
        medicalReviewer: desk.reviewer,
        lastReviewedAt: '2026-05-04T00:00:00.000Z',
      })
      expect((await live(article.id))._status).toBe('published')
    })

    it('publishes a clinical article that has a reviewer and a review date', async () => {
      const article = await draft({ clinical: true })
      await publish(article.id, {
        medicalReviewer: desk.reviewer,
        lastReviewedAt: '2026-06-01T00:00:00.000Z',
      })
      expect(await live(article.id)).toMatchObject({
        _status: 'published',
        medicalReviewer: desk.reviewer,
        lastReviewedAt: '2026-06-01T00:00:00.000Z',
      })
      expect(reportsFor(article.id).map((change) => change.operation)).toEqual(['publish'])
    })

    it('publishes a non-clinical article without a review', async () => {
      const topic = await createTopic(desk.cms.payload, 'Sleep')
      const article = await draft({ topics: [topic.id] })
      await publish(article.id)
      expect(await live(article.id)).toMatchObject({
        _status: 'published',
        clinical: false,
        medicalReviewer: null,
      })
    })

    it('saves drafts of clinical articles, also as a contributor and by autosave', async () => {
      const article = await draft({ clinical: true }, desk.contributor)
      const saved = await desk.cms.payload.update({
        collection: articles,
        id: article.id,
        draft: true,
        autosave: true,
        data: { title: 'Clinical work in progress' },
        overrideAccess: false,
        user: desk.contributor.user,
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
      review.medicalReviewer = desk.reviewer
    })

    it.each(surfaces)(
      "drops a contributor's reviewer and review date over %s, on create and on update",
      async (surface) => {
        const created = await perform(desk.cms, surface, desk.contributor, {
          op: 'create',
          collection: articles,
          data: {
            title: 'Reviewed by nobody',
            slug: uniqueSlug('self-reviewed'),
            body: body({ p: 'Text.' }),
            authors: [desk.author],
            clinical: true,
            _status: 'draft',
            ...review,
          },
        })
        expect(succeeded(created), created.message).toBe(true)
        const id = created.id as number
        expect(await latest(id)).toMatchObject(unreviewed)

        const update = { op: 'update', collection: articles, id, draft: true } as const
        const updated = await perform(desk.cms, surface, desk.contributor, {
          ...update,
          data: review,
        })
        expect(succeeded(updated), updated.message).toBe(true)
        expect(await latest(id)).toMatchObject(unreviewed)

        // An editor's review stays when the contributor writes on, clearing it or not.
        expect(
          succeeded(await perform(desk.cms, surface, desk.editor, { ...update, data: review })),
        ).toBe(true)
        const cleared = { medicalReviewer: null, lastReviewedAt: null }
        expect(
          succeeded(
            await perform(desk.cms, surface, desk.contributor, { ...update, data: cleared }),
          ),
        ).toBe(true)
        expect(await latest(id)).toMatchObject(review)
      },
    )

    it('shows the admin both fields read-only to contributors, editable to editors', async () => {
      /** What `/api/access` grants; Payload collapses what is all allowed into `true`. */
      const grants = async (who: Identity) => {
        const { body } = await restCall(desk.cms.config, 'access', { headers: who.headers })
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
      expect(await grants(desk.contributor)).toEqual([
        'medicalReviewer read true',
        'medicalReviewer edit false',
        'lastReviewedAt read true',
        'lastReviewedAt edit false',
      ])
      expect((await grants(desk.editor)).every((grant) => grant.endsWith('true'))).toBe(true)
    })
  })
})
