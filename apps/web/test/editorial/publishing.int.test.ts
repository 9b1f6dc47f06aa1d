import { describe, expect, it } from 'vitest'
import { useEditorialDesk } from '../support/editorialDesk'
import type { Identity } from '../support/rolesSurfaces'

/**
 * When an article goes live: the first-publish date is stamped once and kept, and scheduled
 * publishing and unpublishing happen at the time set, with the rights of whoever scheduled it.
 */
describe('editorial rules', () => {
  const desk = useEditorialDesk()
  const { draft, publish, live, reportsFor } = desk
  const articles = 'articles' as const

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
      await desk.cms.payload.update({
        collection: articles,
        id: article.id,
        data: { _status: 'draft' },
      })
      await publish(article.id)
      expect((await live(article.id)).publishedAt).toBe(publishedAt)
    })
  })

  describe('scheduled publishing', () => {
    /** Queued the way the admin's schedule drawer queues it. */
    const schedule = (type: 'publish' | 'unpublish', id: number, by: Identity, at: Date) =>
      desk.cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: {
          type,
          // The admin sends the id as a string; the task turns it back into a number.
          doc: { relationTo: articles, value: String(id) as unknown as number },
          user: { relationTo: 'users', value: by.user?.id as number },
        },
        waitUntil: at,
      })
    const runQueue = () => desk.cms.payload.jobs.run({ queue: 'default' })
    const until = (at: Date) =>
      new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now() + 50)))

    it('publishes and unpublishes at the time set, not before, and reports both', async () => {
      const toPublish = await draft()
      const toUnpublish = await draft()
      await publish(toUnpublish.id)
      desk.cms.changes.length = 0
      const at = new Date(Date.now() + 2000)
      await schedule('publish', toPublish.id, desk.editor, at)
      await schedule('unpublish', toUnpublish.id, desk.editor, at)

      await runQueue()
      expect((await live(toPublish.id))._status).toBe('draft')
      expect((await live(toUnpublish.id))._status).toBe('published')
      expect(desk.cms.changes).toEqual([])

      await until(at)
      await runQueue()
      expect((await live(toPublish.id))._status).toBe('published')
      expect((await live(toUnpublish.id))._status).toBe('draft')
      expect(reportsFor(toPublish.id).map((change) => change.operation)).toEqual(['publish'])
      expect(reportsFor(toUnpublish.id).map((change) => change.operation)).toEqual(['unpublish'])
    })

    it('does not publish what a contributor scheduled: the job has only their rights', async () => {
      const article = await draft({}, desk.contributor)
      const at = new Date(Date.now() + 2000)
      const job = await schedule('publish', article.id, desk.contributor, at)
      await until(at)
      await runQueue()
      expect((await live(article.id))._status).toBe('draft')
      expect(reportsFor(article.id)).toEqual([])
      const stored = await desk.cms.payload.findByID({ collection: 'payload-jobs', id: job.id })
      expect(stored.hasError).toBe(true)
    })
  })
})
