import { formatDate } from '../article/Byline'
import type { ArticleCard } from '../article/model'

/** The newest published articles. */
export const HomePage = ({ siteName, articles }: { siteName: string; articles: ArticleCard[] }) => (
  <section className="gw-home" aria-labelledby="gw-home-heading">
    <h1 id="gw-home-heading">{siteName}</h1>
    <h2>Newest articles</h2>
    {articles.length === 0 ? (
      <p>No articles are published yet.</p>
    ) : (
      <ul className="gw-cards">
        {articles.map((article) => (
          <li key={article.slug} className="gw-card">
            <h3>
              <a href={`/articles/${article.slug}`}>{article.title}</a>
            </h3>
            {article.publishedAt ? (
              <p className="gw-card__date">
                <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
              </p>
            ) : null}
            {article.excerpt ? <p>{article.excerpt}</p> : null}
          </li>
        ))}
      </ul>
    )}
  </section>
)
