import { outlineBody } from '../src/rich-text/outline'
import { doc, h2, h3, heading, link, paragraph } from './fixtures'

const anchorIds = (body: ReturnType<typeof outlineBody>['body']) =>
  body.root.children.map((node) => (node as { anchorId?: string }).anchorId ?? null)

describe('outlineBody', () => {
  it('lists the H2s in order with ids derived from their text', () => {
    const { contents } = outlineBody(
      doc(h2('Why sleep matters'), paragraph('text'), h2('Asking for help')),
    )
    expect(contents).toEqual([
      { id: 'why-sleep-matters', text: 'Why sleep matters' },
      { id: 'asking-for-help', text: 'Asking for help' },
    ])
  })

  it('numbers repeated heading texts so every id is distinct', () => {
    const { body, contents } = outlineBody(
      doc(h2('What helped'), h2('Setbacks'), h2('What helped'), h2('What  helped!')),
    )
    expect(contents.map((entry) => entry.id)).toEqual([
      'what-helped',
      'setbacks',
      'what-helped-2',
      'what-helped-3',
    ])
    expect(anchorIds(body)).toEqual(contents.map((entry) => entry.id))
  })

  it('never hands out an id twice, even when a heading text ends in a number', () => {
    const { contents } = outlineBody(doc(h2('What helped'), h2('What helped 2'), h2('What helped')))
    const ids = contents.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(3)
    expect(ids.slice(0, 2)).toEqual(['what-helped', 'what-helped-2'])
  })

  it('keeps clear of the ids the page itself uses', () => {
    const { contents } = outlineBody(doc(h2('Main'), h2('gw toc heading')))
    expect(contents.map((entry) => entry.id)).toEqual(['main-2', 'gw-toc-heading-2'])
  })

  it('gives H3s ids but keeps them out of the contents', () => {
    const { body, contents } = outlineBody(doc(h2('Habits'), h3('Sleep'), paragraph('x')))
    expect(anchorIds(body)).toEqual(['habits', 'sleep', null])
    expect(contents).toEqual([{ id: 'habits', text: 'Habits' }])
  })

  it('shares the numbering between H2s and H3s', () => {
    const { body } = outlineBody(doc(h2('Sleep'), h3('Sleep')))
    expect(anchorIds(body)).toEqual(['sleep', 'sleep-2'])
  })

  it('leaves other headings without an id', () => {
    const { body, contents } = outlineBody(doc(heading('h4', 'Small print')))
    expect(anchorIds(body)).toEqual([null])
    expect(contents).toEqual([])
  })

  it('slugs accents, apostrophes, punctuation and link text', () => {
    const { contents } = outlineBody(
      doc(
        h2('Café culture & “sober” bars'),
        h2('It’s okay to ask'),
        h2('Read ', link('SAMHSA’s guide', 'https://www.samhsa.gov'), ' first'),
        h2('?!'),
      ),
    )
    expect(contents).toEqual([
      { id: 'cafe-culture-sober-bars', text: 'Café culture & “sober” bars' },
      { id: 'its-okay-to-ask', text: 'It’s okay to ask' },
      { id: 'read-samhsas-guide-first', text: 'Read SAMHSA’s guide first' },
      { id: 'section', text: '?!' },
    ])
  })

  it('is stable across calls and does not mutate its input', () => {
    const input = doc(h2('What helped'), h2('What helped'), h3('Sleep'))
    const before = JSON.stringify(input)
    const first = outlineBody(input)
    const second = outlineBody(input)
    expect(second).toEqual(first)
    expect(JSON.stringify(input)).toBe(before)
  })
})
