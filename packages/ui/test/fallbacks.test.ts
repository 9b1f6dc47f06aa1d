import { chooseCallToAction, chooseDisclaimer } from '../src/article/fallbacks'
import { callToAction, disclaimer, doc, paragraph } from './fixtures'

describe('chooseDisclaimer', () => {
  const own = disclaimer({ title: 'About this article' })
  const siteDefault = disclaimer({
    title: 'Medical disclaimer',
    body: doc(paragraph('Site-wide text.')),
  })

  it("uses the article's own disclaimer when it has one", () => {
    expect(chooseDisclaimer(own, siteDefault)).toBe(own)
  })

  it('falls back to the site default', () => {
    expect(chooseDisclaimer(null, siteDefault)).toBe(siteDefault)
    expect(chooseDisclaimer(undefined, siteDefault)).toBe(siteDefault)
  })

  it('returns null when there is neither', () => {
    expect(chooseDisclaimer(null, null)).toBeNull()
    expect(chooseDisclaimer(undefined, undefined)).toBeNull()
  })
})

describe('chooseCallToAction', () => {
  const own = callToAction({ heading: 'Join our group', linkUrl: '/groups' })
  const siteDefault = callToAction({ heading: 'Talk to someone today' })

  it("uses the article's own call to action when it has a heading", () => {
    expect(chooseCallToAction(own, siteDefault)).toEqual(own)
  })

  it('falls back to the site default when the article has none', () => {
    expect(chooseCallToAction(null, siteDefault)).toEqual(siteDefault)
    expect(chooseCallToAction(undefined, siteDefault)).toEqual(siteDefault)
  })

  it('falls back when the article heading is empty or whitespace', () => {
    expect(chooseCallToAction({ ...own, heading: '' }, siteDefault)).toEqual(siteDefault)
    expect(chooseCallToAction({ ...own, heading: '   \n' }, siteDefault)).toEqual(siteDefault)
    expect(chooseCallToAction({ ...own, heading: null }, siteDefault)).toEqual(siteDefault)
    expect(chooseCallToAction({ text: 'No heading at all' }, siteDefault)).toEqual(siteDefault)
  })

  it('returns null when neither has a heading', () => {
    expect(chooseCallToAction(null, null)).toBeNull()
    expect(chooseCallToAction(undefined, undefined)).toBeNull()
    expect(chooseCallToAction({ heading: ' ' }, { heading: '', text: 'x' })).toBeNull()
  })

  it('trims the fields and turns blank optional fields into null', () => {
    expect(
      chooseCallToAction(
        { heading: '  Join us  ', text: '  ', linkLabel: ' Sign up ', linkUrl: undefined },
        siteDefault,
      ),
    ).toEqual({ heading: 'Join us', text: null, linkLabel: 'Sign up', linkUrl: null })
  })
})
