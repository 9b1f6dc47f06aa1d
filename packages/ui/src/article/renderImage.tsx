import type { ReactNode } from 'react'
import type { Image } from './model'

export type ImageOptions = { sizes: string; className?: string; priority?: boolean }

/**
 * How a component draws an image. The app passes its optimiser (next/image); without one, a
 * plain lazy `<img>` with its intrinsic size, so these components stay framework-free.
 */
export type RenderImage = (image: Image, options: ImageOptions) => ReactNode

export const plainImage: RenderImage = (image, { className, priority }) => (
  <img
    className={className}
    src={image.url}
    alt={image.alt}
    width={image.width ?? undefined}
    height={image.height ?? undefined}
    loading={priority ? 'eager' : 'lazy'}
  />
)
