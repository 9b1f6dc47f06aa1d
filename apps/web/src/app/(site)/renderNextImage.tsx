import type { RenderImage } from '@groundwork/ui'
import Image from 'next/image'

const renderWith =
  (unoptimized: boolean): RenderImage =>
  (image, { sizes, className, priority }) => (
    <Image
      src={image.url}
      alt={image.alt}
      width={image.width ?? 1600}
      height={image.height ?? 900}
      sizes={sizes}
      className={className}
      unoptimized={unoptimized}
      // The hero is the article's largest paint: preloaded, and fetched before other images
      // (without `fetchPriority` Next preloads it at an image's default low priority).
      preload={priority}
      fetchPriority={priority ? 'high' : undefined}
    />
  )

/** Reader-site images through Next's optimiser: right-sized, modern formats, no layout shift. */
export const renderNextImage = renderWith(false)

/**
 * A staff preview's images, straight from the API with the viewer's session: the optimiser
 * fetches without the reader's cookies, and an upload of unpublished work is not public yet.
 */
export const renderPreviewImage = renderWith(true)
