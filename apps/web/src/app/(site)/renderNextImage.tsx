import type { RenderImage } from '@groundwork/ui'
import Image from 'next/image'

/** Reader-site images through Next's optimiser: right-sized, modern formats, no layout shift. */
export const renderNextImage: RenderImage = (image, { sizes, className, priority }) => (
  <Image
    src={image.url}
    alt={image.alt}
    width={image.width ?? 1600}
    height={image.height ?? 900}
    sizes={sizes}
    className={className}
    // The hero is the article's largest paint: preloaded, and fetched before other images
    // (without `fetchPriority` Next preloads it at an image's default low priority).
    preload={priority}
    fetchPriority={priority ? 'high' : undefined}
  />
)
