import type { PayloadRequest } from 'payload'
import type { ContentChange } from '../contentChange'
import { WEBHOOK_QUEUE } from './deliverTask'
import { eventFor } from './event'

/**
 * Queues one delivery job per active subscription to the change's operation, inside the save's
 * transaction: the jobs exist exactly when the change does, and run only after it commits.
 */
export const enqueueWebhooks = async (change: ContentChange, req: PayloadRequest) => {
  if (change.operation === 'create') return
  const { docs } = await req.payload.find({
    collection: 'webhooks',
    where: { and: [{ active: { equals: true } }, { events: { contains: change.operation } }] },
    depth: 0,
    pagination: false,
    req,
  })
  if (docs.length === 0) return
  const event = eventFor(change)
  for (const webhook of docs) {
    await req.payload.jobs.queue({
      task: 'deliverWebhook',
      queue: WEBHOOK_QUEUE,
      input: { webhook: webhook.id, event },
      req,
    })
  }
}
