import { AuthorPhoto } from '../article/AuthorPhoto'
import { RichText } from '../rich-text/RichText'
import { ArticleCards } from './ArticleCards'
import type { AuthorPageModel } from './model'

export const AuthorPage = ({ model }: { model: AuthorPageModel }) => {
  const { author, articles } = model
  return (
    <section aria-labelledby="gw-author-heading">
      <header className="gw-profile">
        <AuthorPhoto photo={author.photo} />
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
