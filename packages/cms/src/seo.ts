import type { SEOPluginConfig } from '@payloadcms/plugin-seo/types'
import { idOf } from './relations'

type ArticleDoc = { title?: string; excerpt?: string | null; heroImage?: unknown; slug?: string }

/**
 * Search and share fields on articles. The plugin's "Auto-generate" buttons fill them from the
 * title, excerpt and hero image; the site falls back to the same sources when they stay empty.
 */
export const seoDefaults = (serverUrl: string): SEOPluginConfig => ({
  collections: ['articles'],
  uploadsCollection: 'media',
  generateTitle: ({ doc }) => (doc as ArticleDoc).title ?? '',
  generateDescription: ({ doc }) => (doc as ArticleDoc).excerpt ?? '',
  generateImage: ({ doc }) => idOf((doc as ArticleDoc).heroImage) ?? '',
  generateURL: ({ doc }) => `${serverUrl}/articles/${(doc as ArticleDoc).slug ?? ''}`,
})
