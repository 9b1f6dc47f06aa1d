import { articleCardSchema, articlePageSchema, authorSchema } from '../src/article/model'
import { richTextSchema } from '../src/rich-text/model'
import { siteChromeSchema } from '../src/site/model'
import { articlePage, author, card, doc, paragraph } from './fixtures'

const issuePaths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((issue) => issue.path.join('.'))

describe('articlePageSchema', () => {
  it('accepts a valid article page model', () => {
    const model = articlePage()
    const result = articlePageSchema.safeParse(model)
    expect(result.success).toBe(true)
    expect(result.data).toEqual(model)
  })

  it('accepts a model without call to action, disclaimer or also-browsed reads', () => {
    const model = articlePage({ callToAction: null, disclaimer: null, alsoBrowsed: [] })
    expect(articlePageSchema.safeParse(model).success).toBe(true)
  })

  it('rejects a model with an empty author list', () => {
    const result = articlePageSchema.safeParse(articlePage({ authors: [] }))
    expect(result.success).toBe(false)
    expect(issuePaths(result)).toEqual(['authors'])
  })

  it('rejects a model without authors', () => {
    const { authors: _authors, ...withoutAuthors } = articlePage()
    const result = articlePageSchema.safeParse(withoutAuthors)
    expect(result.success).toBe(false)
    expect(issuePaths(result)).toEqual(['authors'])
  })

  it('rejects an invalid author inside the list', () => {
    const result = articlePageSchema.safeParse(articlePage({ authors: [author({ name: '' })] }))
    expect(result.success).toBe(false)
    expect(issuePaths(result)).toEqual(['authors.0.name'])
  })

  it('rejects a publication date that is not an ISO date-time', () => {
    const result = articlePageSchema.safeParse(articlePage({ publishedAt: 'March 2, 2025' }))
    expect(result.success).toBe(false)
    expect(issuePaths(result)).toEqual(['publishedAt'])
  })

  it('rejects a body that is not Lexical rich text', () => {
    const body = { root: { type: 'paragraph', children: [] } }
    const result = articlePageSchema.safeParse({ ...articlePage(), body })
    expect(result.success).toBe(false)
    expect(issuePaths(result)).toEqual(['body.root.type'])
  })
})

describe('other schemas', () => {
  it('accept valid authors, cards and rich text', () => {
    expect(authorSchema.safeParse(author()).success).toBe(true)
    expect(articleCardSchema.safeParse(card('a')).success).toBe(true)
    expect(richTextSchema.safeParse(doc(paragraph('hello'))).success).toBe(true)
  })

  it('rejects a photo without alt text', () => {
    const photo = { url: '/a.jpg', alt: '', width: null, height: null }
    expect(authorSchema.safeParse(author({ photo })).success).toBe(false)
  })

  it('checks the site chrome', () => {
    const chrome = {
      name: 'Groundwork',
      description: 'Articles about recovery.',
      cookieNotice: { text: 'We use cookies.', policyLabel: null, policyUrl: null },
    }
    expect(siteChromeSchema.safeParse(chrome).success).toBe(true)
    expect(siteChromeSchema.safeParse({ ...chrome, description: '' }).success).toBe(false)
    const noText = { ...chrome, cookieNotice: { ...chrome.cookieNotice, text: '' } }
    expect(siteChromeSchema.safeParse(noText).success).toBe(false)
  })
})
