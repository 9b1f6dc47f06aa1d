import type { Image as ImageModel } from '@groundwork/ui'
import Image from 'next/image'

/** The article's hero through Next's image optimiser: right-sized, modern formats, no shift. */
export const HeroImage = ({ image }: { image: ImageModel }) => (
  <Image
    src={image.url}
    alt={image.alt}
    width={image.width ?? 1600}
    height={image.height ?? 900}
    sizes="(min-width: 48rem) 44rem, 100vw"
    priority
  />
)
