import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'

/**
 * Next 16.4 streams the not-found UI as data that the browser renders (the HTML body is a shell),
 * so the page is checked as a reader's browser shows it, and the status as a crawler sees it.
 */
describe('addresses that lead nowhere', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  it.each([
    ['an unknown slug', '/articles/no-such-article'],
    ['a draft', '/articles/draft-coming-soon'],
    ['a malformed slug', '/articles/%3Cscript%3E'],
    ['an unknown address', '/no/such/page'],
  ])('answer %s with status 404 and the site’s 404 page', async (_, path) => {
    const page = await browser().newPage()
    const response = await page.goto(`${baseUrl}${path}`)
    expect(response?.status()).toBe(404)
    await page.getByRole('heading', { name: 'We couldn’t find that page' }).waitFor()
    expect(await page.getByRole('banner').textContent()).toContain('Groundwork')
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toContain('noindex')
    await page.close()
  })
})
