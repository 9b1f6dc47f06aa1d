'use client'

import { safeHref } from '@groundwork/links'
import { useEffect, useState } from 'react'
import { type Consent, consentCookie, readConsent } from './consentCookie'
import type { SiteChrome } from './model'

/**
 * A non-blocking, labelled region at the end of the page. It appears only after the browser has
 * checked for an earlier choice, so a returning reader never sees it flash.
 */
export const CookieNotice = ({ notice }: { notice: SiteChrome['cookieNotice'] }) => {
  const [open, setOpen] = useState(false)
  useEffect(() => setOpen(readConsent(document.cookie) === null), [])
  if (!open) return null
  const choose = (consent: Consent) => {
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is missing in Safari and Firefox
    document.cookie = consentCookie(consent, window.location.protocol === 'https:')
    setOpen(false)
  }
  const policy = safeHref(notice.policyUrl)
  return (
    <section className="gw-cookies" aria-label="Cookie notice">
      <p>
        {notice.text}{' '}
        {policy && notice.policyLabel ? <a href={policy}>{notice.policyLabel}</a> : null}
      </p>
      <div className="gw-cookies__actions">
        <button type="button" onClick={() => choose('accepted')}>
          Accept
        </button>
        <button type="button" onClick={() => choose('declined')}>
          Decline
        </button>
      </div>
    </section>
  )
}
