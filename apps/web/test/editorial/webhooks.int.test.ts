import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { SIGNATURE_HEADER, verifySignature, type WebhookEvent } from '@groundwork/cms'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createArticle, createAuthor } from '../support/content'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

type Received = { event: WebhookEvent; valid: boolean }

/** A local receiver that answers with the statuses it is told to, then 200. */
const receiver = async (statuses: number[] = []) => {
  const received: Received[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => {
      body += chunk
    })
    request.on('end', () => {
      received.push({
        event: JSON.parse(body) as WebhookEvent,
        valid: verifySignature(
          'receiver-secret',
          body,
          request.headers[SIGNATURE_HEADER] as string,
        ),
      })
      response.statusCode = statuses.shift() ?? 200
      response.end()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/hook`, received, close: () => server.close() }
}

describe('outgoing webhooks', () => {
  let cms: TestCms
  let author: number
  beforeAll(async () => {
    // The receivers below listen on 127.0.0.1: a private address, refused unless allowed.
    cms = await startTestCms({ webhookTargets: { allowPrivate: true } })
    author = (await createAuthor(cms.payload, 'Ivy Chen')).id
  })
  afterAll(() => cms.payload.destroy())

  /** Whatever a test started (subscriptions, receivers) is undone after it, pass or fail. */
  const cleanups: (() => unknown)[] = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  const subscribe = async (url: string) => {
    const subscription = await cms.payload.create({
      collection: 'webhooks',
      data: {
        url,
        events: ['publish', 'update', 'unpublish', 'delete'],
        secret: 'receiver-secret',
      },
    })
    cleanups.push(() =>
      cms.payload.update({ collection: 'webhooks', id: subscription.id, data: { active: false } }),
    )
    return subscription
  }
  /** Runs the queue until nothing is left that is due, waiting out backoff in between. */
  const drain = async (rounds = 12) => {
    for (let i = 0; i < rounds; i++) {
      await cms.payload.jobs.run({ queue: 'webhooks', limit: 50 })
      const { totalDocs } = await cms.payload.count({
        collection: 'payload-jobs',
        where: { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
      })
      if (totalDocs === 0) return
      await new Promise((resolve) => setTimeout(resolve, 600))
    }
  }

  it('sends one signed event for each publish, update, unpublish and delete', async () => {
    const hook = await receiver()
    cleanups.push(hook.close)
    await subscribe(hook.url)
    const article = await createArticle(
      cms.payload,
      { title: 'Hooked', authors: [author], status: 'draft' },
      {},
    )
    const update = (data: Record<string, unknown>) =>
      cms.payload.update({ collection: 'articles', id: article.id, data })
    await update({ _status: 'published' })
    await update({ title: 'Hooked, edited', _status: 'published' })
    await update({ _status: 'draft' })
    await cms.payload.delete({ collection: 'articles', id: article.id })
    await drain()

    const mine = hook.received.filter((item) => item.event.id === article.id)
    // Deliveries run in parallel, so they may arrive in any order; `time` orders them.
    expect(mine.map((item) => item.event.type).sort()).toEqual([
      'articles.delete',
      'articles.publish',
      'articles.unpublish',
      'articles.update',
    ])
    expect(mine.every((item) => item.valid)).toBe(true)
    expect(new Set(mine.map((item) => item.event.deliveryId)).size).toBe(4)
    expect(mine[0]?.event.slug).toBe(article.slug)
  })

  /** The events queued for deliveries about one document, in the order they were queued. */
  const queuedEvents = async (id: number) => {
    const { docs } = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
      sort: 'createdAt',
      pagination: false,
    })
    return docs
      .map((job) => (job.input as { event: WebhookEvent }).event)
      .filter((event) => event.id === id)
  }
  const draftArticle = (title: string) =>
    createArticle(cms.payload, { title, authors: [author], status: 'draft' }, {})

  it('says nothing of a draft deleted without ever being published, and still of a published article', async () => {
    await subscribe('http://127.0.0.1:9/unused')
    const draft = await draftArticle('Never published')
    await cms.payload.delete({ collection: 'articles', id: draft.id })
    expect(await queuedEvents(draft.id)).toEqual([])

    const live = await createArticle(cms.payload, { title: 'Was live', authors: [author] }, {})
    // An editor's pending draft renames it; readers still know it by its published slug.
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      draft: true,
      data: { slug: uniqueSlug('pending-rename') },
    })
    await cms.payload.delete({ collection: 'articles', id: live.id })
    const events = await queuedEvents(live.id)
    expect(events.map((event) => [event.type, event.slug])).toEqual([
      ['articles.publish', live.slug],
      ['articles.delete', live.slug],
    ])
  })

  it('says nothing of a never-published draft saved, renamed or set to draft again', async () => {
    await subscribe('http://127.0.0.1:9/unused')
    const draft = await draftArticle('Still a draft')
    const update = (data: Record<string, unknown>, draftSave: boolean) =>
      cms.payload.update({ collection: 'articles', id: draft.id, draft: draftSave, data })
    await update({ title: 'Still a draft, edited' }, true)
    await update({ slug: uniqueSlug('renamed-draft') }, true)
    // Saved without the draft flag, as a REST client may: Payload writes the main row then.
    await update({ slug: uniqueSlug('renamed-again'), _status: 'draft' }, false)
    await update({ title: 'Still a draft, once more', _status: 'draft' }, false)
    expect(await queuedEvents(draft.id)).toEqual([])
  })

  it('names the address readers knew when an unpublish also renames', async () => {
    await subscribe('http://127.0.0.1:9/unused')
    const live = await createArticle(cms.payload, { title: 'Going away', authors: [author] }, {})
    const hidden = uniqueSlug('renamed-while-unpublished')
    await cms.payload.update({
      collection: 'articles',
      id: live.id,
      data: { slug: hidden, _status: 'draft' },
    })
    const events = await queuedEvents(live.id)
    expect(events.map((event) => [event.type, event.slug])).toEqual([
      ['articles.publish', live.slug],
      ['articles.unpublish', live.slug],
    ])
    expect(JSON.stringify(events)).not.toContain(hidden)
  })

  it('retries a failing receiver with backoff and logs every attempt', async () => {
    const hook = await receiver([500, 503])
    cleanups.push(hook.close)
    const subscription = await subscribe(hook.url)
    const article = await createArticle(cms.payload, { title: 'Retried', authors: [author] }, {})
    await drain()
    const attempts = hook.received.filter((item) => item.event.id === article.id)
    expect(attempts).toHaveLength(3)
    expect(new Set(attempts.map((item) => item.event.deliveryId)).size).toBe(1)
    const { docs } = await cms.payload.find({
      collection: 'webhook-deliveries',
      where: { webhook: { equals: subscription.id } },
      sort: 'createdAt',
    })
    expect(docs.map((doc) => doc.status)).toEqual([500, 503, 200])
    expect(docs.map((doc) => doc.ok)).toEqual([false, false, true])
    expect(docs.every((doc) => typeof doc.durationMs === 'number')).toBe(true)
  })

  it('never makes a publish wait for a receiver', async () => {
    // A receiver that accepts the connection and never answers.
    const silent = http.createServer(() => {})
    silent.listen(0, '127.0.0.1')
    await once(silent, 'listening')
    cleanups.push(() => {
      silent.closeAllConnections()
      silent.close()
    })
    await subscribe(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`)
    const article = await createArticle(
      cms.payload,
      { title: 'Not held up', authors: [author] },
      {},
    )
    // The publish returned: nothing in the save waited on the receiver. The delivery is queued.
    const queued = await cms.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
    })
    expect(
      queued.docs.some((job) => (job.input as { event: WebhookEvent }).event.id === article.id),
    ).toBe(true)
  })
})
