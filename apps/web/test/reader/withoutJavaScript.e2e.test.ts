import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'
import { seededArticle } from '../support/e2e/seed'

/**
 * Every reader page is rendered on the server: with JavaScript off (a locked-down phone, a
 * connection that drops the scripts) each one still shows its whole content.
 */
describe('reader pages with JavaScript off', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()
  const article = seededArticle('coping-with-cravings')

  it.each([
    ['the home page', '/', /./],
    ['all articles', '/articles', /All articles/],
    ['an article', `/articles/${article.key}`, new RegExp(article.title.slice(0, 20))],
    ['a topic', '/topics/mental-health', /Mental Health/],
    ['an author', '/authors/priya-castellan', /Priya Castellan/],
    ['search results', '/search?q=cravings', /./],
  ])('show %s', async (_, path, heading) => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status(), path).toBe(200)
    expect(await page.locator('main h1').first().textContent()).toMatch(heading)
    expect(await page.getByRole('banner').textContent()).toContain('Groundwork')
    expect(await page.locator('main a[href^="/articles/"]').count(), path).toBeGreaterThan(0)
    await context.close()
  })

  it('shows an article’s every part: contents, sections, call to action, picks, disclaimer', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/articles/${article.key}`)
    const contents = page.getByRole('navigation', { name: 'In this article' })
    expect(await contents.getByRole('link').allTextContents()).toEqual(article.h2s)
    for (const h2 of article.h2s)
      expect(await page.getByRole('heading', { name: h2 }).count()).toBe(1)
    expect(
      await page
        .getByRole('region', { name: 'People who read this article also browsed:' })
        .count(),
    ).toBe(1)
    expect(await page.locator('main').textContent()).toContain(article.authorNames[0] ?? '')
    await context.close()
  })
})
