import type { Locator } from 'playwright-core'
import { ArticlePageObject } from './ArticlePageObject'

/** The article page as staff see it in preview (draft mode): the real page under a banner. */
export class PreviewPageObject extends ArticlePageObject {
  get banner(): Locator {
    return this.page.locator('.gw-preview-banner')
  }
  get leaveLink(): Locator {
    return this.banner.getByRole('link', { name: 'Leave preview' })
  }

  /** Leaves preview by the banner's link and waits for the page readers are shown instead. */
  async leave() {
    // The exit route redirects back to the same address, so wait for that redirected answer.
    const left = this.page.waitForResponse(
      (response) =>
        response.request().isNavigationRequest() &&
        Boolean(response.request().redirectedFrom()?.url().includes('/preview/exit')),
    )
    await this.leaveLink.click()
    const response = await left
    await this.page.waitForLoadState('load')
    return response
  }

  /** The draft-mode cookie Next sets for this browser, if any. */
  async draftModeCookie() {
    const cookies = await this.page.context().cookies(this.baseUrl)
    return cookies.find((cookie) => cookie.name === '__prerender_bypass')
  }
}
