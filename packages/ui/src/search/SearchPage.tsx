import { formatDate } from '../article/Byline'
import { SEARCH_MAX_LENGTH, type SearchHit, type SearchPageModel } from './model'

/** Keys are character offsets: stable, and unique within one passage. */
const Snippet = ({ parts }: { parts: SearchHit['snippet'] }) => {
  let offset = 0
  return (
    <p>
      {parts.map((part) => {
        const key = offset
        offset += part.text.length
        return part.match ? <mark key={key}>{part.text}</mark> : <span key={key}>{part.text}</span>
      })}
    </p>
  )
}

/** The search form and, once a query ran, its ranked hits with the matched words marked. */
export const SearchPage = ({ model }: { model: SearchPageModel }) => (
  <section aria-labelledby="gw-search-heading">
    <h1 id="gw-search-heading">Search</h1>
    <search>
      <form className="gw-search" action="/search" method="get">
        <label htmlFor="gw-search-input">Search articles</label>
        <input
          id="gw-search-input"
          name="q"
          type="search"
          defaultValue={model.query}
          maxLength={SEARCH_MAX_LENGTH}
        />
        <button type="submit">Search</button>
      </form>
    </search>
    {model.problem ? <p role="status">{model.problem}</p> : null}
    {!model.problem && model.query ? (
      <p role="status">
        {model.hits.length === 0
          ? `Nothing matched “${model.query}”. Try fewer or different words.`
          : `Results for “${model.query}”`}
      </p>
    ) : null}
    {model.hits.length > 0 ? (
      <ol className="gw-cards">
        {model.hits.map((hit) => (
          <li key={hit.slug} className="gw-card">
            <h2 className="gw-card__title">
              <a href={`/articles/${hit.slug}`}>{hit.title}</a>
            </h2>
            {hit.publishedAt ? (
              <p className="gw-card__date">
                <time dateTime={hit.publishedAt}>{formatDate(hit.publishedAt)}</time>
              </p>
            ) : null}
            <Snippet parts={hit.snippet} />
          </li>
        ))}
      </ol>
    ) : null}
  </section>
)
