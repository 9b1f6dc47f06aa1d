import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import type { OnContentChange } from '../../contentChange'
import { reportCollectionChange } from '../../hooks/reportChange'
import { withMediaInUse } from '../media/hooks/trackMediaInUse'

/** Medical and general disclaimers. The site global names the default one. */
export const disclaimers = (onContentChange: OnContentChange): CollectionConfig => ({
  slug: 'disclaimers',
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'kind'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: withMediaInUse('disclaimers', reportCollectionChange('disclaimers', onContentChange)),
  fields: [
    { name: 'title', type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'medical',
      options: [
        { label: 'Medical', value: 'medical' },
        { label: 'General', value: 'general' },
      ],
    },
    { name: 'body', type: 'richText', required: true },
  ],
})
