import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'

/**
 * Old article addresses. Each old slug points at the article, not at the next slug, so a chain
 * of renames always lands on the current address in one hop. Written by the articles' hooks
 * when a published article's slug changes; editors may remove one by hand.
 */
export const redirects: CollectionConfig = {
  slug: 'redirects',
  admin: {
    useAsTitle: 'from',
    defaultColumns: ['from', 'article', 'updatedAt'],
    group: 'Settings',
    description: 'Old article addresses that answer with a permanent redirect to the article.',
  },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  fields: [
    {
      name: 'from',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'The old slug: /articles/<from>.' },
    },
    { name: 'article', type: 'relationship', relationTo: 'articles', required: true },
  ],
}
