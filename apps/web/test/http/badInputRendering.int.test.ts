import { JsonLd, SearchPage } from '@groundwork/ui'
import { createElement } from 'react'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { articleStructuredData } from '@/metadata/articleMetadata'
import {
  doc,
  element,
  escapedText,
  linkNode,
  markupProblems,
  render,
  renderArticle,
  text,
} from '../support/badInput/markup'
import {
  hostileTexts,
  hostileUrls,
  renderedNodeCases,
  SCRIPT,
} from '../support/badInput/markupCases'

/**
 * Issue #7, item 3, as the reader's pages render it: rich text and page fields with links that
 * must stay inert and raw HTML that must show as text, and JSON-LD that cannot be closed early.
 * Nothing here is stored: the models go straight into the components.
 */

/** A paragraph of one text node. */
const paragraph = (value: string) => doc(element('paragraph', [text(value)]))

/** Where a hostile URL can reach the article page. */
const urlPlacements: Record<string, (url: unknown) => string> = {
  'link node': (url) => renderArticle(doc(element('paragraph', [text('Before '), linkNode(url)]))),
  'autolink node': (url) =>
    renderArticle(doc(element('paragraph', [linkNode(url, 'auto', 'autolink')]))),
  'new-tab link in a list': (url) =>
    renderArticle(
      doc(
        element('list', [element('listitem', [linkNode(url, 'x', 'link', true)])], {
          tag: 'ul',
          listType: 'bullet',
        }),
      ),
    ),
  'call to action': (url) =>
    renderArticle(paragraph('Body.'), {
      callToAction: {
        heading: 'Get help',
        text: null,
        linkLabel: 'Call us',
        linkUrl: url as string,
      },
    }),
}

/** Where hostile text can reach a reader's page. */
const textPlacements: Record<string, (value: string) => string> = {
  'body nodes': (value) =>
    renderArticle(
      doc(
        element('heading', [text(value)], { tag: 'h2' }),
        element('paragraph', [text(value), text(value, 127)]),
        element('list', [element('listitem', [text(value)])], { tag: 'ol', listType: 'number' }),
        element('quote', [text(value)]),
        element('paragraph', [linkNode('https://example.org', value)]),
      ),
    ),
  'page fields': (value) =>
    renderArticle(paragraph('Body.'), {
      title: value,
      excerpt: value,
      authors: [
        {
          name: value,
          slug: 'a',
          jobTitle: value,
          credentials: value,
          bio: paragraph(value),
          photo: null,
        },
      ],
      topics: [{ name: value, slug: 'calm' }],
      callToAction: { heading: value, text: value, linkLabel: value, linkUrl: '/' },
      alsoBrowsed: [{ title: value, slug: 'other', excerpt: value, publishedAt: null }],
      disclaimer: { title: value, body: paragraph(value) },
    }),
  'search page': (value) =>
    render(
      createElement(SearchPage, {
        model: {
          query: value,
          problem: null,
          hits: [
            { title: value, slug: 'x', publishedAt: null, snippet: [{ text: value, match: true }] },
          ],
        },
      }),
    ),
}

/** Every item of `list` in every placement, for `it.for`. */
const crossed = <T>(list: T[], placements: Record<string, unknown>) =>
  list.flatMap((item) => Object.keys(placements).map((placement) => ({ ...item, placement })))

describe('bad input', () => {
  describe('hostile rich text, rendered', () => {
    it.for(crossed(hostileUrls, urlPlacements))('$placement: $name', ({ url, placement }) => {
      const html =
        urlPlacements[placement]?.(
          typeof url === 'string' || placement !== 'call to action' ? url : null,
        ) ?? ''
      expect(markupProblems(html), html).toEqual([])
      // The words of the link stay on the page, as text.
      if (placement !== 'call to action') expect(html).toMatch(/the label|auto|>x</)
    })

    it.for(crossed(hostileTexts, textPlacements))(
      '$placement: $name',
      ({ text: value, placement }) => {
        const html = textPlacements[placement]?.(value) ?? ''
        expect(markupProblems(html), html).toEqual([])
        // Shown to the reader literally, as text.
        expect(html).toContain(escapedText(value))
      },
    )

    it.for(renderedNodeCases)('$name', ({ nodes }) => {
      const html = renderArticle(doc(...nodes))
      expect(markupProblems(html), html).toEqual([])
      expect(html).not.toContain(SCRIPT)
    })

    describe('structured data', () => {
      beforeAll(() => {
        vi.stubEnv('DATABASE_URL', 'postgres://localhost/unused')
        vi.stubEnv('PAYLOAD_SECRET', 'x'.repeat(32))
      })
      afterAll(() => {
        vi.unstubAllEnvs()
      })
      it.for(hostileTexts)('JSON-LD cannot be closed early: $name', ({ text: value }) => {
        const model = {
          title: `</script>${value}`,
          slug: 'a-calm-title',
          excerpt: value,
          publishedAt: '2026-01-05T10:00:00.000Z',
          updatedAt: null,
          heroImage: null,
          body: paragraph(value),
          authors: [
            { name: value, slug: 'a', jobTitle: null, credentials: null, bio: null, photo: null },
          ],
          topics: [],
          callToAction: null,
          alsoBrowsed: [],
          disclaimer: null,
          medicalReview: null,
          meta: { title: value, description: value, image: null },
        }
        const html = render(createElement(JsonLd, { data: articleStructuredData(model, value) }))
        expect(html.match(/<script/g)).toHaveLength(1)
        expect(html.match(/<\/script/gi)).toHaveLength(1)
        const json = html.replace(/^<script[^>]*>/, '').replace(/<\/script>$/, '')
        expect(json).not.toMatch(/[<>]/)
        expect(JSON.stringify(JSON.parse(json))).toContain(JSON.stringify(value).slice(1, -1))
      })
    })
  })
})
