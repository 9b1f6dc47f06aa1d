import { randomBytes } from 'node:crypto'
import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'
import { webhookEvents } from '../../webhooks/event'
import type { WebhookTargetPolicy } from '../../webhooks/targetPolicy'
import { validateTargetUrl } from './validateTargetUrl'

/** Outgoing webhook subscriptions, managed by admins in /admin. */
export const webhooks = (targets: WebhookTargetPolicy = {}): CollectionConfig => ({
  slug: 'webhooks',
  admin: { useAsTitle: 'url', defaultColumns: ['url', 'events', 'active'], group: 'Developers' },
  access: { read: admins, create: admins, update: admins, delete: admins },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      validate: validateTargetUrl(targets),
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      options: webhookEvents.map((event) => ({ label: event, value: event })),
      admin: { description: 'Which changes of published content to send.' },
    },
    {
      name: 'secret',
      type: 'text',
      required: true,
      defaultValue: () => randomBytes(24).toString('hex'),
      admin: { description: 'Signs every delivery (HMAC-SHA256). Keep it on the receiving side.' },
    },
    { name: 'active', type: 'checkbox', defaultValue: true },
    {
      name: 'deliveries',
      type: 'join',
      collection: 'webhook-deliveries',
      on: 'webhook',
      admin: { description: 'Every attempt, newest first.' },
    },
  ],
})
