import { formatDate } from '../article/Byline'
import type { ArticleCard } from '../article/model'

/** A list of article links with date and excerpt; `level` keeps headings in order. */
export const ArticleCards = ({
  articles,
  level = 'h2',
  empty = 'No articles are published here yet.',
}: {
  articles: ArticleCard[]
  level?: 'h2' | 'h3'
  empty?: string
}) => {
  if (articles.length === 0) return <p>{empty}</p>
  const Heading = level
  return (
    <ul className="gw-cards">
      {articles.map((article) => (
        <li key={article.slug} className="gw-card">
          <Heading className="gw-card__title">
            <a href={`/articles/${article.slug}`}>{article.title}</a>
          </Heading>
          {article.publishedAt ? (
            <p className="gw-card__date">
              <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
            </p>
          ) : null}
          {article.excerpt ? <p>{article.excerpt}</p> : null}
        </li>
      ))}
    </ul>
  )
}
