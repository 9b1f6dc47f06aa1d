import { describe, expect, it } from 'vitest'
import { cacheTags, tagsForChange } from '../src/cacheTags'
import { picksItself } from '../src/collections/articles/alsoBrowsed'

describe('tags of a change', () => {
  it('expire an article by id, by every slug it had, and every list', () => {
    expect(
      tagsForChange({ source: 'articles', id: 7, operation: 'update', slugs: ['old', 'new'] }),
    ).toEqual(['articles:7', 'articles:slug:old', 'articles:slug:new', cacheTags.list('articles')])
  })

  it('expire only the author that changed, and lists of authors', () => {
    expect(
      tagsForChange({ source: 'authors', id: 3, operation: 'update', slugs: ['ana'] }),
    ).toEqual(['authors:3', 'authors:slug:ana', 'authors:list'])
  })

  it('expire everything that shows media when an image changes', () => {
    expect(tagsForChange({ source: 'media', id: 9, operation: 'update' })).toEqual([
      'media:9',
      'media:list',
      cacheTags.anyMedia,
    ])
  })

  it('expire the site settings when the global changes', () => {
    expect(tagsForChange({ source: 'site', operation: 'update' })).toEqual([cacheTags.site])
  })
})

describe('also browsed self-check', () => {
  it('spots the article among its own picks, as ids or populated documents', () => {
    expect(picksItself([1, 2, 3], 2)).toBe(true)
    expect(picksItself([{ id: 5 }], '5')).toBe(true)
    expect(picksItself([1, 3], 2)).toBe(false)
    expect(picksItself([1], undefined)).toBe(false)
    expect(picksItself(null, 1)).toBe(false)
  })
})
