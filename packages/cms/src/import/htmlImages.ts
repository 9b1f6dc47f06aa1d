import type { ImageRef } from './source'

export const htmlImageRef = (image: Element): ImageRef => ({
  src: image.getAttribute('src')?.trim() ?? '',
  alt: image.getAttribute('alt')?.trim() ?? '',
})
