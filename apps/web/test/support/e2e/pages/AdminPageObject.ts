import type { Locator, Page, Response } from 'playwright-core'

/** True for a save the editor asked for; autosaves (`?autosave=true`) are the editor's typing. */
const isSaveOf = (collection: string, response: Response) => {
  const url = new URL(response.url())
  return (
    url.pathname.startsWith(`/api/${collection}/`) &&
    response.request().method() === 'PATCH' &&
    url.searchParams.get('autosave') !== 'true'
  )
}

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

  /**
   * Opens "Create new" for articles. With autosave on, Payload creates the draft at once and
   * moves to its address; the id comes from there (wait for `waitForControls` before typing).
   */
  async createArticle(): Promise<number> {
    await this.page.goto(`${this.baseUrl}/admin/collections/articles/create`)
    await this.page.waitForURL(/\/admin\/collections\/articles\/\d+$/, { timeout: 60_000 })
    return this.documentId()
  }

  /** The id of the document on screen, from the address. */
  documentId(): number {
    const id = Number(new URL(this.page.url()).pathname.split('/').pop())
    if (!Number.isInteger(id)) throw new Error(`No document id in ${this.page.url()}`)
    return id
  }

  /**
   * The document's controls (Preview, save or publish) settle once the form is live:
   * the "more" menu (three dots) starts disabled and is enabled then.
   */
  async waitForControls() {
    await this.page.waitForLoadState('networkidle')
    await this.page.locator('.doc-controls__popup .popup-button:not([disabled])').waitFor()
  }

  get titleField(): Locator {
    return this.page.locator('#field-title')
  }
  get slugField(): Locator {
    return this.page.locator('#field-slug')
  }
  get status(): Locator {
    return this.page.locator('.doc-controls__status .status__value')
  }
  get publishButton(): Locator {
    return this.page.getByRole('button', { name: /^publish/i })
  }
  get previewLink(): Locator {
    return this.page.locator('#preview-button')
  }
  /** The names in the Authors field of an article (the chips of the relationship picker). */
  get authorChips(): Locator {
    return this.page.locator('#field-authors .relationship--multi-value-label__text')
  }

  /** A rich text (Lexical) field's editable area, by field name. */
  richText(field: string): Locator {
    return this.page.locator(`[data-field-path="${field}"] [contenteditable="true"]`)
  }

  /** Replaces a rich text field's whole content with one paragraph, typed as a person types. */
  async replaceRichText(field: string, text: string) {
    const editor = this.richText(field)
    await editor.click()
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.press('Backspace')
    await this.page.keyboard.type(text)
  }

  /**
   * Types the text into an article and waits until an autosave carried it to the server: the
   * draft is saved without anyone pressing a button.
   */
  async typeAndAutosave(type: () => Promise<void>, expected: string) {
    const autosaved = this.page.waitForResponse(
      (response) =>
        new URL(response.url()).searchParams.get('autosave') === 'true' &&
        response.request().method() === 'PATCH' &&
        (response.request().postData() ?? '').includes(expected),
      { timeout: 30_000 },
    )
    await type()
    const response = await autosaved
    if (!response.ok())
      throw new Error(`Autosave failed: ${response.status()} ${await response.text()}`)
  }

  /**
   * Presses the primary button and waits for that save's answer: an autosave of the last
   * keystrokes may go out first, and is not the save the editor asked for.
   */
  private async submit(collection: string, button: Locator) {
    const saved = this.page.waitForResponse((response) => isSaveOf(collection, response), {
      timeout: 60_000,
    })
    await button.click()
    const response = await saved
    if (!response.ok())
      throw new Error(`Saving ${collection} failed: ${response.status()} ${await response.text()}`)
    return response
  }

  /** Publishes the article on screen as it stands. */
  async publish() {
    await this.submit('articles', this.publishButton)
  }

  async publishTitle(title: string) {
    await this.titleField.fill(title)
    await this.submit('articles', this.page.getByRole('button', { name: /publish changes/i }))
  }

  /** Opens the Preview button's tab: the page as the signed-in editor sees it in draft mode. */
  async openPreview(): Promise<Page> {
    const opened = this.page.context().waitForEvent('page')
    await this.previewLink.click()
    const preview = await opened
    await preview.waitForLoadState()
    return preview
  }

  /**
   * Leaves the document through the admin's own navigation (the breadcrumb), which releases
   * Payload's edit lock so another person can open it without being asked to take over.
   */
  async leaveDocument(collectionLabel: string) {
    await this.page.locator('.step-nav').getByRole('link', { name: collectionLabel }).click()
    await this.page.waitForURL((url) => /\/admin\/collections\/[^/]+$/.test(url.pathname))
  }

  /** Opens a document from its collection's list by the title shown there, as an editor would. */
  async openFromList(collection: string, title: string) {
    await this.page.goto(`${this.baseUrl}/admin/collections/${collection}`)
    await this.page.getByRole('link', { name: title, exact: true }).first().click()
    await this.page.waitForURL(new RegExp(`/admin/collections/${collection}/\\d+$`))
    await this.waitForControls()
  }

  /** Saves a collection without drafts (authors, topics): the button says "Save". */
  async save(collection: string) {
    await this.submit(collection, this.page.getByRole('button', { name: /^save$/i }))
  }
}
