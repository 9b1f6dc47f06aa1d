import type { Media } from '@groundwork/cms/payload-types'
import type { Image } from '@groundwork/ui'

/** What reading an image needs (`url` is computed from `filename`, so both are read). */
export const imageSelect = {
  url: true,
  filename: true,
  alt: true,
  width: true,
  height: true,
} as const

/**
 * A media document as the reader's image. Payload makes upload URLs absolute on SERVER_URL; the
 * site uses the path, so the image optimiser treats it as local and the page works on any host.
 */
export const toImage = (media: number | Partial<Media> | null | undefined): Image | null => {
  if (!media || typeof media !== 'object' || !media.url || !media.alt) return null
  const { pathname, search } = new URL(media.url, 'http://site.invalid')
  return {
    url: `${pathname}${search}`,
    alt: media.alt,
    width: media.width ?? null,
    height: media.height ?? null,
  }
}
