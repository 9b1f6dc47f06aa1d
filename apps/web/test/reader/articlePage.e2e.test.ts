import type { Page } from 'playwright-core'
import { beforeEach, describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'
import { ArticlePageObject } from '../support/e2e/pages/ArticlePageObject'
import { defaultDisclaimerText, isPublished, seededArticle, seededTitle } from '../support/e2e/seed'

describe('a reader opens a seeded article', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()
  let page: Page
  let article: ArticlePageObject
  beforeEach(async () => {
    page = await (await browser().newContext()).newPage()
    article = new ArticlePageObject(page, baseUrl)
  })

  it('shows every part of the reference layout, in order', async () => {
    const seeded = seededArticle('buprenorphine-basics')
    const response = await article.open(seeded.key)
    expect(response?.status()).toBe(200)

    await expect(article.title.textContent()).resolves.toBe(seeded.title)
    const byline = await article.byline.textContent()
    expect(byline).toContain(seeded.authorNames[0])
    expect(await article.byline.locator('time').getAttribute('datetime')).toMatch(
      /^\d{4}-\d\d-\d\d/,
    )

    expect(await article.contentsLinks.allTextContents()).toEqual(seeded.h2s)
    expect(await article.bodyHeadings.allTextContents()).toEqual(seeded.h2s)

    await expect(article.callToAction.isVisible()).resolves.toBe(true)
    const bio = article.authorBio(seeded.authorNames[0] ?? '')
    expect(await bio.textContent()).toContain('Addiction Medicine Physician')

    const picks = (seeded.alsoBrowsed ?? []).filter(isPublished).map(seededTitle)
    const browsed = await article.alsoBrowsed.getByRole('link').allTextContents()
    expect(browsed.slice(0, picks.length)).toEqual(picks)
    expect(browsed.length).toBeGreaterThanOrEqual(3)
    expect(browsed).not.toContain(seededTitle('draft-coming-soon'))
    expect(browsed).not.toContain(seeded.title)

    expect(await article.disclaimer.textContent()).toContain(defaultDisclaimerText())
    await article.cookieNotice.waitFor()
    expect(await article.cookieNotice.textContent()).toContain('This site uses cookies')

    const order = [
      article.title,
      article.byline,
      article.contents,
      article.bodyHeadings.first(),
      article.callToAction,
      bio,
      article.alsoBrowsed,
      article.disclaimer,
      article.cookieNotice,
    ]
    const handles = await Promise.all(order.map((locator) => locator.elementHandle()))
    const inDocumentOrder = await page.evaluate(
      (nodes) =>
        nodes.every(
          (node, i) =>
            i === 0 ||
            Boolean(
              (nodes[i - 1]?.compareDocumentPosition(node as Node) ?? 0) &
                Node.DOCUMENT_POSITION_FOLLOWING,
            ),
        ),
      handles,
    )
    expect(inDocumentOrder).toBe(true)
  })

  it('scrolls to a section when its contents link is clicked, also for a repeated heading', async () => {
    const seeded = seededArticle('what-my-first-year-taught-me')
    await article.open(seeded.key)
    const ids = await article.bodyHeadings.evaluateAll((nodes) => nodes.map((node) => node.id))
    expect(new Set(ids).size).toBe(ids.length)

    const repeated = seeded.h2s.findIndex((text, i) => seeded.h2s.indexOf(text) !== i)
    expect(repeated).toBeGreaterThan(0)
    await article.contentsLinks.nth(repeated).click()
    await page.waitForFunction((id) => window.location.hash === `#${id}`, ids[repeated])
    const top = await article.bodyHeadings
      .nth(repeated)
      .evaluate((node) => node.getBoundingClientRect().top)
    expect(Math.abs(top)).toBeLessThan(60)
  })

  it('uses the article’s own disclaimer when it names one', async () => {
    const seeded = seededArticle('what-my-first-year-taught-me')
    await article.open(seeded.key)
    expect(await article.disclaimer.textContent()).not.toContain(defaultDisclaimerText())
  })
})
