import type { CollectionConfig } from 'payload'
import { createArticles, deleteArticles, updateArticles } from '../../access/articleWriters'
import { publishedOrAuthenticated } from '../../access/publishedOrAuthenticated'
import { staff, staffField } from '../../access/staff'
import type { OnContentChange } from '../../contentChange'
import { callToActionField } from '../../fields/callToAction'
import { slugField } from '../../fields/slug'
import { reportCollectionChange } from '../../hooks/reportChange'
import { previewUrl } from '../../preview'
import { trackMediaInUse } from '../media/hooks/trackMediaInUse'
import { alsoBrowsedField } from './alsoBrowsed'
import { copiesStartAsDrafts } from './hooks/copiesStartAsDrafts'
import { dropRedirectsToArticle, recordSlugRedirect } from './hooks/recordSlugRedirect'
import { stampCreatedBy } from './hooks/stampCreatedBy'
import { stampPublishedAt } from './hooks/stampPublishedAt'
import { medicalReviewFields, requireMedicalReview, stampReviewDue } from './medicalReview'

type ArticlesOptions = { onContentChange: OnContentChange; serverUrl: string }

/** How often the editor saves while someone types: often enough to lose nothing, rare enough to stay light. */
const AUTOSAVE_INTERVAL_MS = 1500

export const articles = ({ onContentChange, serverUrl }: ArticlesOptions): CollectionConfig => {
  const report = reportCollectionChange('articles', onContentChange, { versioned: true })
  const mediaInUse = trackMediaInUse('articles')
  return {
    slug: 'articles',
    admin: {
      useAsTitle: 'title',
      defaultColumns: ['title', '_status', 'authors', 'topics', 'updatedAt'],
      listSearchableFields: ['title', 'slug'],
      preview: (doc) => previewUrl(serverUrl, doc.slug),
      livePreview: { url: ({ data }) => previewUrl(serverUrl, data?.slug) },
    },
    access: {
      read: publishedOrAuthenticated,
      create: createArticles,
      update: updateArticles,
      delete: deleteArticles,
      // Version history is for staff; API keys read drafts, not the history behind them.
      readVersions: staff,
    },
    versions: {
      drafts: { autosave: { interval: AUTOSAVE_INTERVAL_MS }, schedulePublish: true },
      maxPerDoc: 50,
    },
    defaultSort: '-publishedAt',
    hooks: {
      beforeOperation: [copiesStartAsDrafts],
      beforeChange: [
        // First: the live row is read before anything else changes the data.
        ...(report.beforeChange ?? []),
        mediaInUse.beforeChange,
        stampCreatedBy,
        stampPublishedAt,
        stampReviewDue,
        requireMedicalReview,
      ],
      afterChange: [recordSlugRedirect, mediaInUse.afterChange, ...report.afterChange],
      beforeDelete: [...(report.beforeDelete ?? []), dropRedirectsToArticle],
      afterDelete: [mediaInUse.afterDelete, ...(report.afterDelete ?? [])],
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
        // A contributor linked to an author profile starts as the article's author.
        defaultValue: ({ user }) => {
          const author = user && 'author' in user ? user.author : undefined
          const id = typeof author === 'object' && author ? author.id : author
          return id ? [id] : undefined
        },
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
        admin: {
          position: 'sidebar',
          readOnly: true,
          description: 'Set on first publish.',
        },
      },
      {
        name: 'contentUpdatedAt',
        label: 'Content updated',
        type: 'date',
        admin: {
          position: 'sidebar',
          readOnly: true,
          description:
            'Set when a later publish changes the title, excerpt or body; readers see "Updated".',
        },
      },
      ...medicalReviewFields,
      {
        name: 'createdBy',
        type: 'relationship',
        relationTo: 'users',
        // Staff accounts stay private: readers and API clients never see who wrote a draft.
        access: { read: staffField, update: () => false },
        admin: { position: 'sidebar', readOnly: true, description: 'Who started this article.' },
      },
      callToActionField('Leave empty to show the site default call to action.'),
      alsoBrowsedField,
    ],
  }
}
