import { type WindowLimiter, windowLimiter } from './windowLimiter'

export const MINUTE = 60_000

/**
 * Requests limited by address, before the app reads them: expensive GraphQL. Reader pages are
 * cached and never limited here. Logins and password resets are counted by the CMS itself,
 * whatever address or GraphQL alias carries them (./authAttempts.ts).
 */
export type RateRule = { name: string; method: string; path: string; limiter: WindowLimiter }

export const rateRules: RateRule[] = [
  {
    name: 'GraphQL',
    method: 'POST',
    path: '/api/graphql',
    limiter: windowLimiter({ limit: 300, windowMs: MINUTE }),
  },
]

export const ruleFor = (method: string, path: string) =>
  rateRules.find((rule) => rule.method === method && rule.path === path.replace(/\/+$/, ''))

/**
 * Who is calling. Behind the shipped proxy (`TRUST_PROXY=1`) the address it forwards; without
 * one, forwarded headers are the caller's own words, so every caller shares one budget rather
 * than letting a forged header buy a fresh one.
 */
export const callerKey = (headers: Headers, trustProxy: boolean) => {
  if (!trustProxy) return 'direct'
  const forwarded = headers.get('x-real-ip') ?? headers.get('x-forwarded-for')?.split(',').at(-1)
  return forwarded?.trim() || 'direct'
}
