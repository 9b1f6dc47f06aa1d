import type { MetadataRoute } from 'next'
import { absoluteUrl } from '../metadata/pageMetadata'

/** Crawl the reader site; keep out of the admin and the API. */
const robots = (): MetadataRoute.Robots => ({
  rules: { userAgent: '*', allow: '/', disallow: ['/admin', '/api'] },
  sitemap: absoluteUrl('/sitemap.xml'),
})

export default robots
