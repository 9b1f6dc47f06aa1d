import type { CollectionConfig } from 'payload'
import { editors } from '../../access/editors'
import { publishedOrAuthenticated } from '../../access/publishedOrAuthenticated'
import { staff } from '../../access/staff'
import type { OnContentChange } from '../../content-change'
import { callToActionField } from '../../fields/callToAction'
import { slugField } from '../../fields/slug'
import { reportCollectionChange } from '../../hooks/reportChange'
import { alsoBrowsedField } from './alsoBrowsed'
import { stampPublishedAt } from './hooks/stampPublishedAt'

export const articles = (onContentChange: OnContentChange): CollectionConfig => ({
  slug: 'articles',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'publishedAt', 'updatedAt'],
  },
  access: {
    read: publishedOrAuthenticated,
    create: staff,
    update: staff,
    delete: editors,
    // Version history is for staff; API keys read drafts, not the history behind them.
    readVersions: staff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  defaultSort: '-publishedAt',
  hooks: {
    beforeChange: [stampPublishedAt],
    ...reportCollectionChange('articles', onContentChange, { versioned: true }),
  },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200 },
    slugField('title'),
    { name: 'excerpt', type: 'textarea', maxLength: 400 },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
    { name: 'body', type: 'richText', required: true },
    {
      name: 'authors',
      type: 'relationship',
      relationTo: 'authors',
      hasMany: true,
      required: true,
      minRows: 1,
      admin: { position: 'sidebar' },
    },
    {
      name: 'topics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { position: 'sidebar' },
    },
    {
      name: 'disclaimer',
      type: 'relationship',
      relationTo: 'disclaimers',
      admin: { position: 'sidebar', description: 'Empty: the site default disclaimer.' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', description: 'Set on first publish.' },
    },
    callToActionField('Leave empty to show the site default call to action.'),
    alsoBrowsedField,
  ],
})
