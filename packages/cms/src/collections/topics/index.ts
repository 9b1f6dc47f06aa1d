import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import type { OnContentChange } from '../../contentChange'
import { clinicalField } from '../../fields/clinical'
import { slugField } from '../../fields/slug'
import { reportCollectionChange } from '../../hooks/reportChange'

export const topics = (onContentChange: OnContentChange): CollectionConfig => ({
  slug: 'topics',
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug', 'clinical'] },
  access: { read: anyone, create: editors, update: editors, delete: editors },
  hooks: reportCollectionChange('topics', onContentChange),
  fields: [
    { name: 'name', type: 'text', required: true },
    slugField('name'),
    { name: 'description', type: 'textarea' },
    clinicalField(
      'Every article in a clinical topic needs a medical review before it is published.',
    ),
  ],
})
