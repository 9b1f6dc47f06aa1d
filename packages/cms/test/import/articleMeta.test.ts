import { describe, expect, it } from 'vitest'
import { articleSlug, parseArticleMeta } from '../../src/import/articleMeta'
import { splitFrontMatter } from '../../src/import/frontMatter'

const fails = (data: Record<string, unknown>) => () => parseArticleMeta(data)

describe('front matter', () => {
  it('reads the fields of an article, one author or many', () => {
    const { data, body } = splitFrontMatter(
      '---\ntitle: "Why groups help"\nauthor: Fay Kim\nauthorRole: Editor\ntopics: [Recovery, Peer support]\nexcerpt: Short.\ndate: 2024-03-01\n---\nBody.',
    )
    expect(body).toBe('Body.')
    const meta = parseArticleMeta(data)
    expect(meta).toMatchObject({
      title: 'Why groups help',
      author: ['Fay Kim'],
      authorRole: 'Editor',
      topics: ['Recovery', 'Peer support'],
      excerpt: 'Short.',
    })
    expect(articleSlug(meta)).toBe('why-groups-help')
    expect(parseArticleMeta({ title: 'T', author: ['A', 'B'] }).author).toEqual(['A', 'B'])
  })

  it('says which field is wrong and why', () => {
    expect(fails({ title: 'T' })).toThrow('author is required: name at least one author')
    expect(fails({ author: 'A' })).toThrow(/^title is required/)
    expect(fails({ title: 'T', author: 'A', slug: 'Not A Slug' })).toThrow(
      /slug must be lowercase letters/,
    )
    expect(fails({ title: 'T', author: ['A', ''] })).toThrow('author (item 2) must not be empty')
    expect(fails({ title: 'T', author: 'A', date: 'last tuesday' })).toThrow(
      'date must be a date such as 2024-03-01',
    )
    expect(fails({ title: 'x'.repeat(201), author: 'A' })).toThrow('title must be at most 200')
    expect(fails({ title: 'T', author: 'A', tags: ['x'] })).toThrow(/unknown field "tags"/)
    expect(fails({ title: 'T', author: 42 })).toThrow('author must be a name or a list of names')
  })

  it('treats empty values as absent', () => {
    expect(parseArticleMeta({ title: 'T', author: 'A', excerpt: null }).excerpt).toBeUndefined()
    expect(fails({ title: '', author: 'A' })).toThrow(/^title is required/)
  })

  it('refuses YAML that does not parse, and titles that give no slug', () => {
    expect(() => splitFrontMatter('---\ntitle: a: b\n---\n')).toThrow(/not valid YAML: .*line 1/)
    expect(() => articleSlug(parseArticleMeta({ title: '???', author: 'A' }))).toThrow(
      /add `slug:`/,
    )
    expect(splitFrontMatter('No front matter.').data).toEqual({})
  })
})
