import type { ArticleCard } from '../article/model'
import { ArticleCards } from '../lists/ArticleCards'

/** The newest published articles. */
export const HomePage = ({ siteName, articles }: { siteName: string; articles: ArticleCard[] }) => (
  <section className="gw-home" aria-labelledby="gw-home-heading">
    <h1 id="gw-home-heading">{siteName}</h1>
    <h2>Newest articles</h2>
    <ArticleCards articles={articles} level="h3" empty="No articles are published yet." />
    <p>
      <a href="/articles">All articles</a>
    </p>
  </section>
)
