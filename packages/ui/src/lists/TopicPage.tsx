import { ArticleCards } from './ArticleCards'
import type { TopicPageModel } from './model'
import { Pagination } from './Pagination'

export const TopicPage = ({ topic }: { topic: TopicPageModel }) => (
  <section aria-labelledby="gw-topic-heading">
    <h1 id="gw-topic-heading">{topic.name}</h1>
    {topic.description ? <p className="gw-lede">{topic.description}</p> : null}
    <ArticleCards articles={topic.articles} />
    <Pagination pagination={topic.pagination} />
  </section>
)
