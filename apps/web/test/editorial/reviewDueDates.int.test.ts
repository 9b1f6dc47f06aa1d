import { describe, expect, it } from 'vitest'
import { useEditorialDesk } from '../support/editorialDesk'

/**
 * When an article's medical review falls due: the last review plus the site's review period,
 * computed alike on save and when the period changes, for live rows, drafts and history.
 */
describe('editorial rules', () => {
  const desk = useEditorialDesk()
  const { draft, publish, live, latest } = desk
  const articles = 'articles' as const

  describe('review due dates', () => {
    const setPeriod = (months: number) =>
      desk.cms.payload.updateGlobal({
        slug: 'site',
        data: { reviewPeriodMonths: months },
        overrideAccess: false,
        user: desk.editor.user,
      })

    it('are the last review plus 12 months by default, and follow the review date', async () => {
      expect((await desk.cms.payload.findGlobal({ slug: 'site' })).reviewPeriodMonths).toBe(12)
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
      await desk.cms.payload.update({
        collection: articles,
        id: both.id,
        draft: true,
        data: { lastReviewedAt: '2026-02-20T00:00:00.000Z' },
        overrideAccess: false,
        user: desk.editor.user,
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

        const history = await desk.cms.payload.findVersions({
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
})
