/**
 * Security headers. Reader pages stay static, so their Content-Security-Policy uses no nonces:
 * Next's inline bootstrap scripts need 'unsafe-inline', but no source outside our own origin is
 * allowed for anything. The admin gets its own, still first-party-only, policy.
 */
type Header = { key: string; value: string }

const policy = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ')

export const readerCsp = policy({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'media-src': "'self'",
  'frame-src': "'none'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  // Only our own admin may frame a reader page: its live preview shows the article in an iframe.
  'frame-ancestors': "'self'",
})

/** Payload's admin evaluates code at run time and frames its own live preview. */
export const adminCsp = policy({
  'default-src': "'self'",
  'script-src': "'self' 'unsafe-inline' 'unsafe-eval'",
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'font-src': "'self' data:",
  'connect-src': "'self'",
  'worker-src': "'self' blob:",
  'frame-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
  'frame-ancestors': "'self'",
})

export const commonHeaders: Header[] = [
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  // A reader's path through health articles is nobody else's business: send no referrer.
  { key: 'Referrer-Policy', value: 'no-referrer' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  },
]

export const securityHeaders = async () => [
  {
    source: '/:path*',
    headers: [
      ...commonHeaders,
      { key: 'Content-Security-Policy', value: readerCsp },
      { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
    ],
  },
  {
    source: '/admin/:path*',
    headers: [{ key: 'Content-Security-Policy', value: adminCsp }],
  },
]
