import type { Page } from 'playwright-core'

/** Payload's admin, driven as an editor would: by labels and buttons. */
export class AdminPageObject {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /**
   * On a fresh site the admin asks for the first account (which becomes the admin); once one
   * exists it asks to log in. Either way the editor ends on the dashboard.
   */
  async signIn(email: string, password: string) {
    await this.page.goto(`${this.baseUrl}/admin`)
    await this.page.waitForURL(/create-first-user|login/)
    // The admin renders in the browser: type only once its form is live, or the input is lost.
    await this.page.waitForLoadState('networkidle')
    const firstUser = this.page.url().includes('create-first-user')
    await this.page.locator('#field-email').fill(email)
    await this.page.locator('#field-password').fill(password)
    if (firstUser) await this.page.locator('#field-confirm-password').fill(password)
    await this.page.locator('button[type="submit"]').click()
    await this.page.waitForURL((url) => !/create-first-user|login/.test(url.pathname), {
      timeout: 60_000,
    })
  }

  async openArticle(id: number) {
    await this.page.goto(`${this.baseUrl}/admin/collections/articles/${id}`)
    await this.page.locator('#field-title').waitFor()
  }

  async publishTitle(title: string) {
    await this.page.locator('#field-title').fill(title)
    const saved = this.page.waitForResponse(
      (response) =>
        response.url().includes('/api/articles/') && response.request().method() === 'PATCH',
    )
    await this.page.getByRole('button', { name: /publish changes/i }).click()
    const response = await saved
    if (!response.ok())
      throw new Error(`Publishing failed: ${response.status()} ${await response.text()}`)
  }
}
