import { RichText } from '../rich-text/RichText'
import { AuthorPhoto } from './AuthorPhoto'
import type { Author } from './model'
import type { RenderImage } from './renderImage'

/** The author box under the article: photo, name, job title, bio. */
export const AuthorBio = ({
  author,
  renderImage,
}: {
  author: Author
  renderImage?: RenderImage
}) => (
  <section className="gw-author" aria-label={`About ${author.name}`}>
    <AuthorPhoto photo={author.photo} renderImage={renderImage} />
    <div>
      <p className="gw-author__name">
        {author.name}
        {author.credentials ? <span>, {author.credentials}</span> : null}
      </p>
      {author.jobTitle ? <p className="gw-author__job">{author.jobTitle}</p> : null}
      {author.bio ? <RichText value={author.bio} className="gw-author__bio" /> : null}
    </div>
  </section>
)
