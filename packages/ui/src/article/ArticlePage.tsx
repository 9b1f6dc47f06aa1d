import { outlineBody } from '../rich-text/outline'
import { RichText } from '../rich-text/RichText'
import { readingMinutes } from '../rich-text/readingTime'
import { AlsoBrowsed } from './AlsoBrowsed'
import { AuthorBio } from './AuthorBio'
import { Byline, MedicalReviewLine } from './Byline'
import { CallToAction } from './CallToAction'
import { Disclaimer } from './Disclaimer'
import type { ArticlePageModel } from './model'
import { plainImage, type RenderImage } from './renderImage'
import { TableOfContents } from './TableOfContents'

/** The reader's article, in the order of the reference layout. */
export const ArticlePage = ({
  article,
  renderImage = plainImage,
}: {
  article: ArticlePageModel
  renderImage?: RenderImage
}) => {
  const { body, contents } = outlineBody(article.body)
  const { topics } = article
  return (
    <article className="gw-article">
      <header className="gw-article__header">
        {topics.length > 0 ? (
          <p className="gw-topics">
            {topics.map((topic) => (
              <a key={topic.slug} href={`/topics/${topic.slug}`}>
                {topic.name}
              </a>
            ))}
          </p>
        ) : null}
        <h1>{article.title}</h1>
        {article.excerpt ? <p className="gw-lede">{article.excerpt}</p> : null}
        <Byline
          authors={article.authors}
          publishedAt={article.publishedAt}
          updatedAt={article.updatedAt}
          minutes={readingMinutes(article.body)}
        />
        {article.medicalReview ? <MedicalReviewLine review={article.medicalReview} /> : null}
      </header>
      {article.heroImage ? (
        <figure className="gw-hero">
          {renderImage(article.heroImage, {
            sizes: '(min-width: 48rem) 44rem, 100vw',
            priority: true,
          })}
        </figure>
      ) : null}
      <TableOfContents entries={contents} />
      <RichText value={body} className="gw-article__body" />
      {article.callToAction ? <CallToAction cta={article.callToAction} /> : null}
      {article.authors.map((author) => (
        <AuthorBio key={author.slug} author={author} renderImage={renderImage} />
      ))}
      <AlsoBrowsed articles={article.alsoBrowsed} />
      {article.disclaimer ? <Disclaimer disclaimer={article.disclaimer} /> : null}
    </article>
  )
}
