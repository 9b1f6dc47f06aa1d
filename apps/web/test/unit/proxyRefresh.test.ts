import { describe, expect, it } from 'vitest'
import { pagesShowing } from '../../src/proxyRefresh'

describe('the pages the proxy refreshes when content changes', () => {
  it('are an article’s own address, old and new, and the pages that list the newest', () => {
    expect(
      pagesShowing({ source: 'articles', id: 1, operation: 'update', slugs: ['old', 'new'] }),
    ).toEqual(['/articles/old', '/articles/new', '/', '/articles'])
  })

  it('keep a slug in one path segment', () => {
    expect(
      pagesShowing({ source: 'authors', id: 2, operation: 'update', slugs: ['a/b?c'] }),
    ).toEqual(['/authors/a%2Fb%3Fc'])
  })

  it('are the topic’s page for a topic, and the home page for the site', () => {
    expect(
      pagesShowing({ source: 'topics', id: 3, operation: 'update', slugs: ['sleep'] }),
    ).toEqual(['/topics/sleep'])
    expect(pagesShowing({ source: 'site', operation: 'update' })).toEqual(['/'])
  })
})
