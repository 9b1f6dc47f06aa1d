import type { CollectionConfig } from 'payload'
import { editors, editorsField } from '../../access/editors'
import { staff } from '../../access/staff'
import type { OnContentChange } from '../../contentChange'
import { reportCollectionChange } from '../../hooks/reportChange'
import { noOne, readMedia, updateMedia } from './access'

/** Images with required alt text; sharp makes the sizes the reader site asks for. */
export const media = (onContentChange: OnContentChange, staticDir: string): CollectionConfig => ({
  slug: 'media',
  access: { read: readMedia, create: staff, update: updateMedia, delete: editors },
  hooks: reportCollectionChange('media', onContentChange),
  upload: {
    staticDir,
    mimeTypes: ['image/png', 'image/jpeg', 'image/webp', 'image/avif', 'image/gif'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 640 },
      { name: 'hero', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      admin: { description: 'What the image shows, for people who cannot see it.' },
    },
    {
      name: 'public',
      type: 'checkbox',
      defaultValue: false,
      access: { create: editorsField, update: editorsField },
      admin: {
        position: 'sidebar',
        description:
          'Readers may fetch it before any published page shows it. Leave off for images of embargoed work.',
      },
    },
    {
      name: 'usedByPublished',
      label: 'Shown on the live site',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      access: { create: noOne, update: noOne },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: 'Set by the site: a published page shows it. Only editors may then change it.',
      },
    },
  ],
})
