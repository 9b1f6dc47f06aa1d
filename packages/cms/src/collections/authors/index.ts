import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import type { OnContentChange } from '../../contentChange'
import { slugField } from '../../fields/slug'
import { reportCollectionChange } from '../../hooks/reportChange'
import { withMediaInUse } from '../media/hooks/trackMediaInUse'

/** People who write and review articles. Public profiles: no emails or logins live here. */
export const authors = (onContentChange: OnContentChange): CollectionConfig => ({
  slug: 'authors',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'jobTitle', 'credentials'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: withMediaInUse('authors', reportCollectionChange('authors', onContentChange)),
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'photo', type: 'upload', relationTo: 'media' },
    { name: 'jobTitle', type: 'text', admin: { description: 'For example "Content strategist".' } },
    { name: 'credentials', type: 'text', admin: { description: 'For example "LCSW" or "MD".' } },
    { name: 'bio', type: 'richText' },
    {
      name: 'articles',
      type: 'join',
      collection: 'articles',
      on: 'authors',
      admin: { description: 'Articles that name this author.' },
    },
  ],
})
