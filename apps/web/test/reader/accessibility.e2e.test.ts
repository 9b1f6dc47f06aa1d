import AxeBuilder from '@axe-core/playwright'
import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'

/** Every page type, checked by axe-core against WCAG 2.2 A and AA, with the cookie notice open. */
const pages = [
  ['home', '/'],
  ['article', '/articles/what-my-first-year-taught-me'],
  ['article list', '/articles'],
  ['topic', '/topics/recovery-support'],
  ['author', '/authors/tessa-marlowe'],
  ['search', '/search?q=recovery'],
  ['404', '/articles/no-such-article'],
] as const

describe('accessibility and privacy of reader pages', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  it.each(pages)(
    'the %s page has no axe violations, no foreign requests, no cookies',
    async (_, path) => {
      const context = await browser().newContext()
      const page = await context.newPage()
      const foreign: string[] = []
      page.on('request', (request) => {
        if (new URL(request.url()).origin !== new URL(baseUrl).origin) foreign.push(request.url())
      })
      await page.goto(`${baseUrl}${path}`)
      await page.getByRole('region', { name: 'Cookie notice' }).waitFor()
      await page.waitForLoadState('networkidle')

      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze()
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`,
      )
      expect(summary).toEqual([])
      expect(foreign).toEqual([])
      // Nothing may set a cookie before the reader chooses.
      expect(await context.cookies()).toEqual([])
      expect(await page.locator('h1').count()).toBe(1)
      await context.close()
    },
  )

  it('can be used with the keyboard alone: skip link, contents, cookie notice', async () => {
    const context = await browser().newContext()
    const page = await context.newPage()
    await page.goto(`${baseUrl}/articles/what-my-first-year-taught-me`)
    await page.getByRole('region', { name: 'Cookie notice' }).waitFor()

    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => window.location.hash === '#main')

    const firstSection = page
      .getByRole('navigation', { name: 'In this article' })
      .getByRole('link')
      .first()
    await firstSection.focus()
    await page.keyboard.press('Enter')
    const target = await firstSection.getAttribute('href')
    await page.waitForFunction((hash) => window.location.hash === hash, target)

    const decline = page.getByRole('button', { name: 'Decline' })
    for (
      let i = 0;
      i < 200 && !(await decline.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: 'Cookie notice' }).waitFor({ state: 'detached' })
    expect((await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`)).toEqual([
      'gw_consent=declined',
    ])
    await context.close()
  })
})
