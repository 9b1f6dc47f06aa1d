import type { Locator, Page } from 'playwright-core'

/** The reader's article page, by the landmarks and headings a reader (or screen reader) uses. */
export class ArticlePageObject {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  open(slug: string) {
    return this.page.goto(`${this.baseUrl}/articles/${slug}`)
  }

  get title(): Locator {
    return this.page.locator('main h1')
  }
  get byline(): Locator {
    return this.page.locator('main .gw-byline')
  }
  get contents(): Locator {
    return this.page.getByRole('navigation', { name: 'In this article' })
  }
  get contentsLinks(): Locator {
    return this.contents.getByRole('link')
  }
  get bodyHeadings(): Locator {
    return this.page.locator('.gw-article__body h2')
  }
  get callToAction(): Locator {
    return this.page.getByRole('complementary', { name: 'Want to connect and learn more?' })
  }
  authorBio(name: string): Locator {
    return this.page.getByRole('region', { name: `About ${name}` })
  }
  get alsoBrowsed(): Locator {
    return this.page.getByRole('region', { name: 'People who read this article also browsed:' })
  }
  get disclaimer(): Locator {
    return this.page.locator('aside.gw-disclaimer')
  }
  get cookieNotice(): Locator {
    return this.page.getByRole('region', { name: 'Cookie notice' })
  }
}
