import { ArticlePage, SearchPage } from '@groundwork/ui'
import { createElement } from 'react'
import { describe, expect, it } from 'vitest'
import { getArticlePage } from '@/queries/article'
import { getArticleListPage } from '@/queries/articleList'
import { getAuthorPage } from '@/queries/author'
import { parsePageParam } from '@/queries/pageParam'
import { getRedirectTarget } from '@/queries/redirect'
import { getSearchPage } from '@/queries/search'
import { getTopicPage } from '@/queries/topic'
import { expectCalmRest } from '../support/badInput/expectations'
import { MARKER, useBadInput } from '../support/badInput/fixture'
import { withinDeadline } from '../support/badInput/http'
import { doc, markupProblems, render } from '../support/badInput/markup'
import { SCRIPT, storedNodeCases } from '../support/badInput/markupCases'
import { hostilePageNumbers, hostileSearches } from '../support/badInput/readerCases'
import { describeHostileSlugs } from '../support/badInput/slugs'
import { changedNothingStored, keptHarmless } from '../support/badInput/writes'

/**
 * Issue #7, item 3, on the reader's pages: hostile slugs in the article, topic and author
 * routes, hostile search queries and page numbers, and hostile rich text that staff stored.
 * Each must give "not found" or a calm page whose markup runs nothing, and change nothing.
 */
describe('bad input', () => {
  const fx = useBadInput('pages')

  describeHostileSlugs(fx, {
    // What /articles/<slug> does: the article, else an old address's redirect, else 404.
    'article page': async (slug) => {
      expect(await withinDeadline('getArticlePage', () => getArticlePage(fx.deps, slug))).toBeNull()
      expect(
        await withinDeadline('getRedirectTarget', () => getRedirectTarget(fx.deps, slug)),
      ).toBeNull()
    },
    'topic page': async (slug) => {
      expect(await withinDeadline('getTopicPage', () => getTopicPage(fx.deps, slug))).toBeNull()
    },
    'author page': async (slug) => {
      expect(await withinDeadline('getAuthorPage', () => getAuthorPage(fx.deps, slug))).toBeNull()
    },
  })

  describe('hostile rich text, stored by staff and read back', () => {
    let count = 0
    it.for(storedNodeCases)('$name', async ({ nodes }) => {
      const slug = `badinput-stored-${++count}`
      const store = () =>
        fx.call(
          'admin',
          'POST',
          'articles',
          JSON.stringify({
            title: `Stored ${count}`,
            slug,
            authors: [fx.ids.author],
            _status: 'published',
            body: doc(...nodes),
          }),
          'application/json',
        )
      await keptHarmless(fx, store, async (answer) => {
        expectCalmRest(answer, 'admin')
        if (answer.status >= 300) return
        // Accepted: then the reader's page must render it calmly and inertly.
        const page = await withinDeadline('getArticlePage', () => getArticlePage(fx.deps, slug))
        expect(page, 'the stored article has no page').not.toBeNull()
        if (!page) return
        const html = render(createElement(ArticlePage, { article: page }))
        expect(markupProblems(html), html).toEqual([])
        expect(html).not.toContain(SCRIPT)
      })
    })
  })

  describe('hostile search queries and page numbers', () => {
    it.for(hostileSearches)('search: $name', async ({ q }) => {
      const model = await withinDeadline('getSearchPage', () => getSearchPage(fx.deps, q))
      expect(model.hits.map((hit) => hit.slug)).not.toContain(fx.slugs.hidden)
      expect(JSON.stringify(model.hits)).not.toContain(MARKER)
      const html = render(createElement(SearchPage, { model }))
      expect(markupProblems(html), html).toEqual([])
    })

    it('search still finds the published article', async () => {
      const model = await getSearchPage(fx.deps, 'recovery takes time')
      expect(model.hits.map((hit) => hit.slug)).toContain(fx.slugs.article)
    })

    it.for(hostilePageNumbers)('page number $name', async ({ value }) => {
      const page = parsePageParam(value)
      if (page !== null) {
        expect(Number.isInteger(page)).toBe(true)
        expect(page).toBeGreaterThanOrEqual(2)
        expect(page).toBeLessThanOrEqual(10_000)
      }
      const n = page ?? 10_000
      // Past the last page: null. A page that exists (other suites publish too) is that page.
      const list = await withinDeadline('list', () => getArticleListPage(fx.deps, n))
      if (list) expect(list.pagination.page).toBe(n)
      if (n === 10_000) expect(list).toBeNull()
      expect(
        await withinDeadline('topic', () => getTopicPage(fx.deps, fx.slugs.topic, n)),
      ).toBeNull()
    })

    changedNothingStored(fx)
  })
})
