import { outlineBody } from '../rich-text/outline'
import { RichText } from '../rich-text/RichText'
import { AlsoBrowsed } from './AlsoBrowsed'
import { AuthorBio } from './AuthorBio'
import { Byline } from './Byline'
import { CallToAction } from './CallToAction'
import { Disclaimer } from './Disclaimer'
import type { ArticlePageModel } from './model'
import { TableOfContents } from './TableOfContents'

/** The reader's article, in the order of the reference layout. */
export const ArticlePage = ({ article }: { article: ArticlePageModel }) => {
  const { body, contents } = outlineBody(article.body)
  return (
    <article className="gw-article">
      <header>
        <h1>{article.title}</h1>
        <Byline authors={article.authors} publishedAt={article.publishedAt} />
      </header>
      <TableOfContents entries={contents} />
      <RichText value={body} className="gw-article__body" />
      {article.callToAction ? <CallToAction cta={article.callToAction} /> : null}
      {article.authors.map((author) => (
        <AuthorBio key={author.slug} author={author} />
      ))}
      <AlsoBrowsed articles={article.alsoBrowsed} />
      {article.disclaimer ? <Disclaimer disclaimer={article.disclaimer} /> : null}
    </article>
  )
}
