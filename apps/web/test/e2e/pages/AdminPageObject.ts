import type { Page } from 'playwright-core'

/** Payload's admin, driven as an editor would: by labels and buttons. */
export class AdminPageObject {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  /** On a fresh site the admin asks for the first account, which becomes the admin. */
  async createFirstUser(email: string, password: string) {
    await this.page.goto(`${this.baseUrl}/admin`)
    await this.page.waitForURL(/create-first-user/)
    await this.page.locator('#field-email').fill(email)
    await this.page.locator('#field-password').fill(password)
    await this.page.locator('#field-confirm-password').fill(password)
    await this.page.locator('button[type="submit"]').click()
    await this.page.waitForURL((url) => !url.pathname.includes('create-first-user'), {
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
