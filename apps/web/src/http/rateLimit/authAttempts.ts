import type { AuthAttempts } from '@groundwork/cms'
import { callerKey, MINUTE } from './callerKey'
import { type Verdict, windowLimiter } from './windowLimiter'

/**
 * The login and password-reset budgets, per caller: a login with the right password is given
 * back, so the login budget counts guesses. The CMS counts each attempt where Payload
 * runs it (any spelling of the REST route, each GraphQL alias), so this is the only place the
 * limits live.
 */
export const authAttemptLimits = {
  login: { limit: 20, windowMs: MINUTE },
  forgotPassword: { limit: 5, windowMs: MINUTE },
} as const

/** A budget: `name` keeps its counts apart in a shared store; memory has a counter each anyway. */
type Limits = { name: string; limit: number; windowMs: number }
/** What counts hits for one kind of attempt; a shared store may answer asynchronously. */
type Counter = {
  hit: (key: string) => Verdict | Promise<Verdict>
  forgive: (key: string) => void | Promise<void>
}

/**
 * One counter per kind of attempt, keyed by `callerKey`. `limiter` makes the counters (in this
 * process by default; `sharedLimiterFromEnv` counts in the Redis every app process shares).
 */
export const authAttemptLimiter = ({
  trustProxy,
  limiter = windowLimiter,
}: {
  trustProxy: boolean
  limiter?: (limits: Limits) => Counter
}): AuthAttempts => {
  const counters = {
    login: limiter({ name: 'login', ...authAttemptLimits.login }),
    forgotPassword: limiter({ name: 'forgotPassword', ...authAttemptLimits.forgotPassword }),
  }
  return {
    count: (kind, headers) => counters[kind].hit(callerKey(headers, trustProxy)),
    forgive: (kind, headers) => counters[kind].forgive(callerKey(headers, trustProxy)),
  }
}
