import { describe, expect, it } from 'vitest'
import {
  ALSO_BROWSED_FILL_READ,
  ALSO_BROWSED_MAX,
  ALSO_BROWSED_MIN,
  alsoBrowsedList,
} from '../src/collections/articles/alsoBrowsedRule'

const card = (slug: string, title = slug) => ({ slug, title })
const slugs = (cards: { slug: string }[]) => cards.map((c) => c.slug)

describe('the also-browsed rule', () => {
  it('reads enough of the newest to fill the box past the article and every pick', () => {
    const picks = Array.from({ length: ALSO_BROWSED_MAX }, (_, i) => card(`pick-${i}`))
    const newest = [card('self'), ...picks, ...['a', 'b', 'c'].map((slug) => card(slug))]
    expect(newest).toHaveLength(ALSO_BROWSED_FILL_READ)
    expect(alsoBrowsedList('self', [], newest)).toHaveLength(ALSO_BROWSED_MIN)
  })
})

describe('alsoBrowsedList', () => {
  it('fills the box to three reads', () => {
    expect(ALSO_BROWSED_MIN).toBe(3)
  })

  it('keeps the editor picks in the editor order', () => {
    const picks = [card('zeta'), card('alpha'), card('mu')]
    expect(slugs(alsoBrowsedList('self', picks, []))).toEqual(['zeta', 'alpha', 'mu'])
  })

  it('fills with the newest same-topic articles after the picks, up to the minimum', () => {
    const picks = [card('pick-b'), card('pick-a')]
    const newest = [card('new-1'), card('new-2'), card('new-3')]
    expect(slugs(alsoBrowsedList('self', picks, newest))).toEqual(['pick-b', 'pick-a', 'new-1'])
  })

  it('fills an empty pick list with the newest same-topic articles', () => {
    const newest = [card('new-1'), card('new-2'), card('new-3'), card('new-4')]
    expect(slugs(alsoBrowsedList('self', [], newest))).toEqual(['new-1', 'new-2', 'new-3'])
  })

  it('returns fewer than the minimum when the site has no more', () => {
    expect(slugs(alsoBrowsedList('self', [card('only')], [card('other')]))).toEqual([
      'only',
      'other',
    ])
    expect(alsoBrowsedList('self', [], [])).toEqual([])
  })

  it('never includes the article itself, as a pick or as a fill', () => {
    const result = alsoBrowsedList(
      'self',
      [card('self'), card('pick')],
      [card('self'), card('new-1'), card('new-2'), card('new-3')],
    )
    expect(slugs(result)).toEqual(['pick', 'new-1', 'new-2'])
    expect(slugs(result)).not.toContain('self')
  })

  it('shows a pick that is also among the newest only once', () => {
    const result = alsoBrowsedList(
      'self',
      [card('shared'), card('pick')],
      [card('shared'), card('new-1'), card('new-2')],
    )
    expect(slugs(result)).toEqual(['shared', 'pick', 'new-1'])
  })

  it('drops repeated picks', () => {
    const result = alsoBrowsedList('self', [card('a'), card('b'), card('a')], [card('c')])
    expect(slugs(result)).toEqual(['a', 'b', 'c'])
  })

  it('keeps every pick when the editor chose more than the minimum', () => {
    const picks = ['p1', 'p2', 'p3', 'p4', 'p5'].map((slug) => card(slug))
    const result = alsoBrowsedList('self', picks, [card('new-1')])
    expect(slugs(result)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5'])
  })

  it('returns the cards themselves, not copies with other fields', () => {
    const pick = { ...card('pick', 'A chosen read'), excerpt: 'Why it matters' }
    expect(alsoBrowsedList('self', [pick], [])).toEqual([pick])
  })
})
