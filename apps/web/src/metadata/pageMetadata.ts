import type { Metadata } from 'next'
import { parseEnv } from '../runtime/env'

/**
 * One place that turns a page's facts into Next metadata: an absolute canonical URL on the public
 * origin (SERVER_URL), Open Graph and a large Twitter card. `absoluteUrl` is shared with the feed,
 * the sitemaps and robots.txt so every link a crawler sees names the same origin.
 */
export const serverUrl = (): string => parseEnv(process.env).SERVER_URL

export const absoluteUrl = (path: string, origin: string = serverUrl()): string =>
  new URL(path, origin).toString()

export type PageImage = { url: string; width?: number | null; height?: number | null; alt?: string }

export type PageMetadataInput = {
  title: string
  description?: string | null
  /** Site-relative path of the page, e.g. `/articles/sleep-in-early-recovery`. */
  path: string
  type?: 'website' | 'article'
  siteName?: string
  /** The share image (hero or generated card); omit for none. */
  image?: PageImage | null
  publishedTime?: string | null
  modifiedTime?: string | null
  /** Author names or profile URLs (og `article:author`). */
  authors?: readonly string[]
}

export const pageMetadata = (input: PageMetadataInput, origin: string = serverUrl()): Metadata => {
  const url = absoluteUrl(input.path, origin)
  const description = input.description ?? undefined
  const images = input.image
    ? [
        {
          url: absoluteUrl(input.image.url, origin),
          width: input.image.width ?? undefined,
          height: input.image.height ?? undefined,
          alt: input.image.alt,
        },
      ]
    : undefined
  const shared = {
    title: input.title,
    description,
    url,
    siteName: input.siteName,
    ...(images ? { images } : {}),
  }
  return {
    metadataBase: new URL(origin),
    title: input.title,
    description,
    alternates: { canonical: url },
    openGraph:
      input.type === 'article'
        ? {
            ...shared,
            type: 'article',
            publishedTime: input.publishedTime ?? undefined,
            modifiedTime: input.modifiedTime ?? undefined,
            authors: input.authors ? [...input.authors] : undefined,
          }
        : { ...shared, type: 'website' },
    twitter: {
      card: 'summary_large_image',
      title: input.title,
      description,
      images: images?.map((image) => image.url),
    },
  }
}
