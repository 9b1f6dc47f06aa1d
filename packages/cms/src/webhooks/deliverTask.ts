import type { TaskConfig } from 'payload'
import type { WebhookEvent } from './event'
import { postJson } from './postJson'
import { SIGNATURE_HEADER, signatureHeader } from './signature'
import { RefusedTarget, resolveTarget, type WebhookTargetPolicy } from './targetPolicy'

export const WEBHOOK_QUEUE = 'webhooks'
export const DELIVERY_TIMEOUT_MS = 10_000

type Input = { webhook: number; event: WebhookEvent }

/**
 * One delivery of one event to one subscriber, run by Payload's jobs queue outside any request:
 * a slow or dead endpoint never holds up a publish. Every attempt is logged; a non-2xx answer
 * or a network error throws, and the queue retries with exponential backoff. The target is
 * checked again on every attempt, since DNS can change after the URL was saved; a target the
 * policy refuses is logged once and not retried.
 */
export const deliverWebhookTask = (
  targets: WebhookTargetPolicy = {},
): TaskConfig<{ input: Input; output: { status: number } }> => ({
  slug: 'deliverWebhook',
  retries: { attempts: 5, backoff: { type: 'exponential', delay: 1000 } },
  inputSchema: [
    { name: 'webhook', type: 'number', required: true },
    { name: 'event', type: 'json', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input, req }) => {
    const { payload } = req
    const webhook = await payload.findByID({
      collection: 'webhooks',
      id: input.webhook,
      disableErrors: true,
      depth: 0,
    })
    if (!webhook?.active) return { output: { status: 0 } }
    const body = JSON.stringify(input.event)
    const started = Date.now()
    let status = 0
    let error: string | null = null
    let refused = false
    try {
      const url = new URL(webhook.url)
      status = await postJson(url, {
        addresses: await resolveTarget(url, targets),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Groundwork-Webhooks/1',
          [SIGNATURE_HEADER]: signatureHeader(webhook.secret, body, Math.floor(started / 1000)),
        },
        body,
        timeoutMs: DELIVERY_TIMEOUT_MS,
      })
      if (status < 200 || status > 299) error = `HTTP ${status}`
    } catch (cause) {
      refused = cause instanceof RefusedTarget
      const message = cause instanceof Error ? cause.message : String(cause)
      error = refused ? `Refused: ${message}` : message
    }
    await payload.create({
      collection: 'webhook-deliveries',
      data: {
        webhook: webhook.id,
        event: input.event.type,
        deliveryId: input.event.deliveryId,
        status,
        ok: error === null,
        durationMs: Date.now() - started,
        error,
      },
      req,
    })
    if (error && !refused) throw new Error(`Webhook ${webhook.url}: ${error}`)
    return { output: { status } }
  },
})
