import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone'
import { editors } from '../../access/editors'
import { staff } from '../../access/staff'
import type { OnContentChange } from '../../content-change'
import { reportCollectionChange } from '../../hooks/reportChange'

/** Images with required alt text; sharp makes the sizes the reader site asks for. */
export const media = (onContentChange: OnContentChange, staticDir: string): CollectionConfig => ({
  slug: 'media',
  access: { read: anyone, create: staff, update: staff, delete: editors },
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
  ],
})
