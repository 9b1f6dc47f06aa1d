import type { Author } from './model'
import { plainImage, type RenderImage } from './renderImage'

/** An author's portrait (shown 96 px wide), or nothing when there is none. */
export const AuthorPhoto = ({
  photo,
  renderImage = plainImage,
}: {
  photo: Author['photo']
  renderImage?: RenderImage
}) =>
  photo
    ? renderImage(
        // A portrait without recorded dimensions still reserves its square: no layout shift.
        { ...photo, width: photo.width ?? 96, height: photo.height ?? 96 },
        { sizes: '96px', className: 'gw-author__photo' },
      )
    : null
