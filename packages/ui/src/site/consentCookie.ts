/**
 * The reader's cookie choice lives in a first-party cookie read only in the browser: the server
 * never reads it, so every reader gets the same cached page.
 */
export const CONSENT_COOKIE = 'gw_consent'
export type Consent = 'accepted' | 'declined'

export const readConsent = (cookieHeader: string): Consent | null => {
  for (const part of cookieHeader.split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === CONSENT_COOKIE && (value === 'accepted' || value === 'declined')) return value
  }
  return null
}

export const consentCookie = (consent: Consent, secure: boolean) =>
  `${CONSENT_COOKIE}=${consent}; Max-Age=${60 * 60 * 24 * 365}; Path=/; SameSite=Lax${secure ? '; Secure' : ''}`
