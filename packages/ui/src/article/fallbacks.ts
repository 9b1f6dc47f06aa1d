import type { CallToAction } from './model'

type CallToActionInput =
  | {
      heading?: string | null
      text?: string | null
      linkLabel?: string | null
      linkUrl?: string | null
    }
  | null
  | undefined

const complete = (cta: CallToActionInput): CallToAction | null =>
  cta?.heading?.trim()
    ? {
        heading: cta.heading.trim(),
        text: cta.text?.trim() || null,
        linkLabel: cta.linkLabel?.trim() || null,
        linkUrl: cta.linkUrl?.trim() || null,
      }
    : null

/** The article's own call to action when it has a heading, else the site default, else none. */
export const chooseCallToAction = (own: CallToActionInput, siteDefault: CallToActionInput) =>
  complete(own) ?? complete(siteDefault)

/** The article's disclaimer, else the site default, else none. */
export const chooseDisclaimer = <T>(own: T | null | undefined, siteDefault: T | null | undefined) =>
  own ?? siteDefault ?? null
