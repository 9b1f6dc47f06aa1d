import { ArticleCards } from './ArticleCards'
import type { ArticleListPageModel } from './model'
import { Pagination } from './Pagination'

export const ArticleListPage = ({ model }: { model: ArticleListPageModel }) => (
  <section aria-labelledby="gw-list-heading">
    <h1 id="gw-list-heading">All articles</h1>
    <ArticleCards articles={model.articles} />
    <Pagination pagination={model.pagination} />
  </section>
)
