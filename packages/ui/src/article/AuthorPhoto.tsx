import type { Author } from './model'

/** An author's portrait, or nothing when there is none. */
export const AuthorPhoto = ({ photo }: { photo: Author['photo'] }) =>
  photo ? (
    <img
      className="gw-author__photo"
      src={photo.url}
      alt={photo.alt}
      width={photo.width ?? 96}
      height={photo.height ?? 96}
      loading="lazy"
    />
  ) : null
