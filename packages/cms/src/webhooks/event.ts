import { randomUUID } from 'node:crypto'
import type { ContentChange } from '../content-change'

/** The JSON a subscriber receives. `deliveryId` is the same on every retry of one event. */
export type WebhookEvent = {
  deliveryId: string
  type: `${ContentChange['source']}.${ContentChange['operation']}`
  id: number | string | null
  slug: string | null
  time: string
}

export const webhookEvents = ['publish', 'update', 'unpublish', 'delete'] as const

export const eventFor = (change: ContentChange): WebhookEvent => ({
  deliveryId: randomUUID(),
  type: `${change.source}.${change.operation}`,
  id: change.id ?? null,
  slug: change.slugs?.at(-1) ?? null,
  time: new Date().toISOString(),
})
