import { type WindowLimiter, windowLimiter } from './windowLimiter'

const MINUTE = 60_000

/**
 * The requests worth limiting: password guesses, reset-mail floods and expensive GraphQL. Reader
 * pages are cached and never limited here.
 */
export type RateRule = { name: string; method: string; path: string; limiter: WindowLimiter }

export const rateRules: RateRule[] = [
  {
    name: 'login',
    method: 'POST',
    path: '/api/users/login',
    limiter: windowLimiter({ limit: 20, windowMs: MINUTE }),
  },
  {
    name: 'password reset',
    method: 'POST',
    path: '/api/users/forgot-password',
    limiter: windowLimiter({ limit: 5, windowMs: MINUTE }),
  },
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
