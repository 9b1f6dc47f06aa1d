import type { CollectionAfterLoginHook, CollectionBeforeOperationHook } from 'payload'
import { clientError } from '../errors'

/**
 * Login and password-reset attempts are counted where Payload runs them, not by URL: every
 * spelling of the REST route and every GraphQL alias reaches the same operation, so each one
 * costs the caller one attempt. The app decides who the caller is and keeps the counts.
 */
export type AuthAttemptKind = 'login' | 'forgotPassword'

export type AuthAttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * The caller's budgets. `count` spends one attempt of `kind` by whoever sent `headers`; `forgive`
 * gives a login attempt back once it proved right, so the budget limits guesses, not a team
 * signing in from one office address. Either may answer later (a shared store).
 */
export type AuthAttempts = {
  count: (
    kind: AuthAttemptKind,
    headers: Headers,
  ) => AuthAttemptVerdict | Promise<AuthAttemptVerdict>
  forgive: (kind: 'login', headers: Headers) => void | Promise<void>
}

const labels: Record<AuthAttemptKind, string> = {
  login: 'login',
  forgotPassword: 'password reset',
}

const isCounted = (operation: string): operation is AuthAttemptKind =>
  operation === 'login' || operation === 'forgotPassword'

/**
 * Refuses an attempt over the caller's budget with a 429. REST and GraphQL add
 * `req.responseHeaders` to their answer, so the caller also learns when to try again.
 */
export const countAuthAttempts =
  (authAttempts: AuthAttempts): CollectionBeforeOperationHook =>
  async ({ args, operation, req }) => {
    // Our own code signing someone in (seeds, tests, scripts) is not a guess.
    if (!isCounted(operation) || req.payloadAPI === 'local') return args
    const verdict = await authAttempts.count(operation, req.headers)
    if (verdict.allowed) return args
    const seconds = verdict.retryAfterSeconds
    req.responseHeaders = new Headers(req.responseHeaders)
    req.responseHeaders.set('retry-after', String(seconds))
    throw clientError(
      `Too many ${labels[operation]} requests. Try again in ${seconds} s.`,
      429,
      'TooManyRequests',
    )
  }

/** A right password costs nothing: the attempt counted before Payload checked it is returned. */
export const forgiveRightLogins =
  (authAttempts: AuthAttempts): CollectionAfterLoginHook =>
  async ({ req }) => {
    if (req.payloadAPI !== 'local') await authAttempts.forgive('login', req.headers)
  }
