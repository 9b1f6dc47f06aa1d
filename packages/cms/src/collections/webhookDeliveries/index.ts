import type { CollectionConfig } from 'payload'
import { admins } from '../../access/admins'

/** The log of every delivery attempt: written by the jobs queue only, read by admins. */
export const webhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  admin: {
    useAsTitle: 'event',
    defaultColumns: ['event', 'webhook', 'status', 'ok', 'durationMs', 'createdAt'],
    group: 'Developers',
  },
  defaultSort: '-createdAt',
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  fields: [
    { name: 'webhook', type: 'relationship', relationTo: 'webhooks', required: true, index: true },
    { name: 'event', type: 'text', required: true },
    { name: 'deliveryId', type: 'text', required: true, index: true },
    { name: 'status', type: 'number', admin: { description: '0: no answer (network error).' } },
    { name: 'ok', type: 'checkbox' },
    { name: 'durationMs', type: 'number', label: 'Response time (ms)' },
    { name: 'error', type: 'text' },
  ],
}
