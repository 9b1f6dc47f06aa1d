import type { NextConfig } from 'next'

type HeadersOption = NonNullable<NextConfig['headers']>

const asksForCriticalHints = (headers: { key: string }[]) =>
  headers.some(({ key }) => key.toLowerCase() === 'critical-ch')

/**
 * Payload's `withPayload` sends `Accept-CH` and `Critical-CH: Sec-CH-Prefers-Color-Scheme` on
 * every path, so the admin can draw its theme before any script runs. On a first visit the
 * browser has not sent that hint yet, and `Critical-CH` makes it throw the page away and ask
 * again: every new reader paid a second request for the article (two round trips on a slow
 * phone) for a hint reader pages never read, since their dark mode is a CSS media query. The
 * rule keeps its headers, scoped to the admin that uses them.
 */
export const clientHintsForAdminOnly =
  (headers: HeadersOption): HeadersOption =>
  async () =>
    (await headers()).map((rule) =>
      asksForCriticalHints(rule.headers) ? { ...rule, source: '/admin/:path*' } : rule,
    )
