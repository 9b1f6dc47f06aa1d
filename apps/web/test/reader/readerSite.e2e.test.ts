import type { Page } from 'playwright-core'
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'
import { seededTitle } from '../support/e2e/seed'

describe('a reader moves around the site', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()
  let page: Page
  beforeEach(async () => {
    page = await browser().newPage()
  })
  afterEach(() => page.close())

  const h1 = () => page.locator('main h1').first().textContent()

  it('follows links from an article to its author, to a topic, to another article', async () => {
    await page.goto(`${baseUrl}/articles/coping-with-cravings`)
    await page.locator('.gw-byline').getByRole('link', { name: 'Priya Castellan' }).click()
    await page.waitForURL(/\/authors\/priya-castellan$/)
    expect(await h1()).toContain('Priya Castellan')
    expect(
      await page.getByRole('link', { name: seededTitle('coping-with-cravings') }).count(),
    ).toBe(1)

    await page.getByRole('link', { name: seededTitle('talking-to-family-about-recovery') }).click()
    await page.waitForURL(/\/articles\/talking-to-family-about-recovery$/)
    await page.locator('.gw-topics').getByRole('link', { name: 'Mental Health' }).click()
    await page.waitForURL(/\/topics\/mental-health$/)
    expect(await h1()).toBe('Mental Health')

    await page.getByRole('link', { name: seededTitle('coping-with-cravings') }).click()
    await page.waitForURL(/\/articles\/coping-with-cravings$/)
    expect(await h1()).toBeTruthy()
  })

  it('searches by keyboard and finds the article that is about the word first', async () => {
    await page.goto(`${baseUrl}/`)
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Search' })
      .click()
    await page.getByLabel('Search articles').fill('buprenorphine')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=buprenorphine/)
    const first = page.locator('main ol.gw-cards > li').first()
    expect(await first.getByRole('link').textContent()).toBe(seededTitle('buprenorphine-basics'))
    expect(await first.locator('mark').first().textContent()).toMatch(/buprenorphine/i)
  })

  it('answers junk and empty searches calmly', async () => {
    for (const query of ['%3Cscript%3Ealert(1)%3C%2Fscript%3E', '', 'x'.repeat(300)]) {
      const response = await page.goto(`${baseUrl}/search?q=${query}`)
      expect(response?.status()).toBe(200)
      expect(await h1()).toBe('Search')
    }
  })

  it('never shows a draft in lists, on topic and author pages, or in search', async () => {
    const draft = seededTitle('draft-coming-soon')
    for (const path of [
      '/',
      '/articles',
      '/topics/treatment',
      '/authors/elias-brandt',
      `/search?q=${encodeURIComponent(draft)}`,
      '/articles/buprenorphine-basics',
    ]) {
      await page.goto(`${baseUrl}${path}`)
      const links = await page.locator('main a').allTextContents()
      expect(links, path).not.toContain(draft)
      expect(await page.locator('main a[href="/articles/draft-coming-soon"]').count(), path).toBe(0)
    }
  })
})
