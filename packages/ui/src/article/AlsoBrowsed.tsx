import type { ArticleCard } from './model'

export const AlsoBrowsed = ({ articles }: { articles: ArticleCard[] }) =>
  articles.length === 0 ? null : (
    <section className="gw-also" aria-labelledby="gw-also-heading">
      <h2 id="gw-also-heading">People who read this article also browsed:</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <a href={`/articles/${article.slug}`}>{article.title}</a>
          </li>
        ))}
      </ul>
    </section>
  )
