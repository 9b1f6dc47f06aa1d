import {
  SEARCH_RESULT_LIMIT,
  type SearchHit,
  type SearchPageModel,
  searchHitSchema,
  searchPageSchema,
  searchQuerySchema,
} from '@groundwork/ui'
import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import type { QueryDeps } from './cache'

/**
 * Full-text search in Postgres (migration 20261127_091500_article_search): ranked by the weighted
 * tsvector, with the matched words marked in a short passage. Raw SQL skips Payload's access
 * rules, so this query itself keeps to published articles.
 */
const START = '\u0002'
const STOP = '\u0003'

type Row = { title: string; slug: string; published_at: string | Date | null; snippet: string }

/** `a\u0002b\u0003c` as text, match, text parts; delimiters never reach the page as markup. */
export const snippetParts = (snippet: string): SearchHit['snippet'] =>
  snippet
    .split(START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, match: false }]
      const [matched = '', rest = ''] = chunk.split(STOP)
      return [
        { text: matched, match: true },
        { text: rest, match: false },
      ]
    })
    .filter((part) => part.text.length > 0)

/**
 * Ranking reads each match's whole search vector: with 100,000 articles a common word matched
 * tens of thousands and took 0.6 s (`npm run bench`). Only the newest this many matches are
 * ranked, which keeps a search near 10 ms; older articles still come up for rarer words.
 */
const RANKED_CANDIDATES = 1000

const runSearch = async ({ payload }: QueryDeps, query: string): Promise<SearchHit[]> => {
  const db = payload.db as unknown as PostgresAdapter
  const result = await db.drizzle.execute(sql`
    SELECT a.title, a.slug, a.published_at,
      ts_headline('english',
        regexp_replace(groundwork_lexical_text(a.body), '[\u0002\u0003]', '', 'g'), a.q,
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=28, MinWords=12, MaxFragments=1`}
      ) AS snippet
    FROM (
      SELECT m.title, m.slug, m.published_at, m.body, m.search_vector, q
      FROM articles m, websearch_to_tsquery('english', ${query}) q
      WHERE m.search_vector @@ q AND m._status = 'published'
      ORDER BY m.published_at DESC
      LIMIT ${RANKED_CANDIDATES}
    ) a
    ORDER BY ts_rank_cd(a.search_vector, a.q) DESC, a.published_at DESC
    LIMIT ${SEARCH_RESULT_LIMIT}`)
  return (result.rows as Row[]).map((row) =>
    searchHitSchema.parse({
      title: row.title,
      slug: row.slug,
      publishedAt: row.published_at ? new Date(row.published_at).toISOString() : null,
      snippet: snippetParts(row.snippet),
    }),
  )
}

/** The search page for whatever arrived in `?q=`: a calm explanation instead of an error. */
export const getSearchPage = async (deps: QueryDeps, raw: unknown): Promise<SearchPageModel> => {
  const text = typeof raw === 'string' ? raw : Array.isArray(raw) ? String(raw[0] ?? '') : ''
  const parsed = searchQuerySchema.safeParse(text)
  if (!parsed.success) {
    return { query: text.slice(0, 100), problem: parsed.error.issues[0]?.message ?? null, hits: [] }
  }
  const query = parsed.data.replace(/\s+/g, ' ')
  if (!query) return searchPageSchema.parse({ query: '', problem: null, hits: [] })
  // Not stored: each distinct query would be one more entry in Next's cache, and anyone can
  // make up queries without end (`recovery or <anything>` finds results every time).
  const hits = await runSearch(deps, query)
  return searchPageSchema.parse({ query, problem: null, hits })
}
