import { describe, expect, inject, it } from 'vitest'
import { useBrowser } from '../support/browser'
import { ArticlePageObject } from '../support/e2e/pages/ArticlePageObject'

describe('the cookie notice', () => {
  const baseUrl = inject('baseUrl')
  const browser = useBrowser()

  for (const choice of ['Accept', 'Decline'] as const) {
    it(`remembers "${choice}" across reloads in a first-party cookie`, async () => {
      const context = await browser().newContext()
      const article = new ArticlePageObject(await context.newPage(), baseUrl)
      await article.open('coping-with-cravings')
      await article.cookieNotice.getByRole('button', { name: choice }).click()
      await article.cookieNotice.waitFor({ state: 'detached' })

      await article.page.reload()
      await article.title.waitFor()
      // Give the notice's effect the time it would need to show up again.
      await article.page.waitForLoadState('networkidle')
      expect(await article.cookieNotice.count()).toBe(0)
      const cookies = await context.cookies(baseUrl)
      expect(cookies.find((cookie) => cookie.name === 'gw_consent')?.value).toBe(
        choice === 'Accept' ? 'accepted' : 'declined',
      )
      await context.close()
    })
  }
})
