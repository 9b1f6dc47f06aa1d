import { AuthorPhoto } from '../article/AuthorPhoto'
import type { RenderImage } from '../article/renderImage'
import { RichText } from '../rich-text/RichText'
import { ArticleCards } from './ArticleCards'
import type { AuthorPageModel } from './model'

export const AuthorPage = ({
  model,
  renderImage,
}: {
  model: AuthorPageModel
  renderImage?: RenderImage
}) => {
  const { author, articles } = model
  return (
    <section aria-labelledby="gw-author-heading">
      <header className="gw-profile">
        <AuthorPhoto photo={author.photo} renderImage={renderImage} />
        <div>
          <h1 id="gw-author-heading">
            {author.name}
            {author.credentials ? <span>, {author.credentials}</span> : null}
          </h1>
          {author.jobTitle ? <p className="gw-author__job">{author.jobTitle}</p> : null}
        </div>
      </header>
      {author.bio ? <RichText value={author.bio} /> : null}
      <h2>Articles by {author.name}</h2>
      <ArticleCards articles={articles} level="h3" />
    </section>
  )
}
