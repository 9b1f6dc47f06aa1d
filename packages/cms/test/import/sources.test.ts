import { describe, expect, it } from 'vitest'
import { readHtml } from '../../src/import/htmlSource'
import { readMarkdown } from '../../src/import/markdownSource'

describe('reading Markdown', () => {
  it('takes the title from the first main heading and drops that heading', () => {
    const source = readMarkdown('---\nauthor: A\n---\n\n# Why *groups* help\n\nText.\n\n# Second')
    expect(source.meta.title).toBe('Why groups help')
    expect(source.body).not.toContain('Why')
    expect(source.body).toContain('# Second')
  })

  it('prefers the front matter title, dropping a heading that only repeats it', () => {
    const repeated = readMarkdown('---\ntitle: Same\n---\n# Same\n\nText.')
    expect(repeated.body.trim()).toBe('Text.')
    const different = readMarkdown('---\ntitle: Title\n---\n# Other\n\nText.')
    expect(different.meta.title).toBe('Title')
    expect(different.body).toContain('# Other')
  })

  it('ignores headings inside code fences and lists images', () => {
    const source = readMarkdown(
      '```\n# not a title\n```\n\n![Circle](img/c.png "t") and ![](<my pic.png>)',
    )
    expect(source.meta.title).toBeUndefined()
    expect(source.images).toEqual([
      { src: 'img/c.png', alt: 'Circle' },
      { src: 'my pic.png', alt: '' },
    ])
  })
})

describe('reading HTML', () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`

  it('takes the title from <title>, the author and excerpt from meta tags', () => {
    const source = readHtml(
      page(
        '<title>Why groups help</title><meta name="author" content="Fay Kim"><meta name="description" content="Short.">',
        '<h1>Why groups help</h1><p>Text.</p><script>track()</script>',
      ),
    )
    expect(source.meta).toMatchObject({
      title: 'Why groups help',
      author: 'Fay Kim',
      excerpt: 'Short.',
    })
    expect(source.body).toBe('<p>Text.</p>')
  })

  it('prefers the heading when <title> adds the site name, and reads only the article', () => {
    const source = readHtml(
      page(
        '<title>Why groups help | Example Blog</title>',
        '<nav>Menu</nav><article><h1>Why groups help</h1><p>Text <img src="a.png" alt="A"></p></article>',
      ),
    )
    expect(source.meta.title).toBe('Why groups help')
    expect(source.body).toBe('<p>Text <img src="a.png" alt="A"></p>')
    expect(source.images).toEqual([{ src: 'a.png', alt: 'A' }])
  })

  it('takes the first <h1> without a <title>, and front matter over both', () => {
    expect(readHtml('<h1>Heading</h1><p>x</p>').meta.title).toBe('Heading')
    const withFrontMatter = readHtml('---\ntitle: Given\nauthor: B\n---\n<h1>Heading</h1><p>x</p>')
    expect(withFrontMatter.meta).toMatchObject({ title: 'Given', author: 'B' })
    expect(withFrontMatter.body).toContain('<h1>Heading</h1>')
  })
})
