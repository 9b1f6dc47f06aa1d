import { randomUUID } from 'node:crypto'
import type { ContentChange } from '../contentChange'

/** The JSON a subscriber receives. `deliveryId` is the same on every retry of one event. */
export type WebhookEvent = {
  deliveryId: string
  type: `${ContentChange['source']}.${ContentChange['operation']}`
  id: number | string | null
  slug: string | null
  time: string
}

export const webhookEvents = ['publish', 'update', 'unpublish', 'delete'] as const

/**
 * A change's slugs run from the address readers knew before to the one after. A publish or update
 * names where readers find the document now; an unpublish or delete where they found it, never
 * a slug only a draft had.
 */
const publicSlug = ({ operation, slugs = [] }: ContentChange) =>
  (operation === 'unpublish' || operation === 'delete' ? slugs[0] : slugs.at(-1)) ?? null

export const eventFor = (change: ContentChange): WebhookEvent => ({
  deliveryId: randomUUID(),
  type: `${change.source}.${change.operation}`,
  id: change.id ?? null,
  slug: publicSlug(change),
  time: new Date().toISOString(),
})
