import { cache } from 'react'
import type { QueryDeps } from '../queries/cache'
import { siteDeps } from '../queries/deps'
import { previewDeps } from './previewDeps'

/** The reads of a page staff may preview: the preview's while one is on, the site's otherwise. */
export const readerDeps = cache(
  async (): Promise<QueryDeps> => (await previewDeps()) ?? (await siteDeps()),
)
