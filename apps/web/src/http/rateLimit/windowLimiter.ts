/**
 * A fixed-window counter per key: at most `limit` hits in each `windowMs`. In memory, in the one
 * server process: enough to blunt password guessing and query floods against one app. Several
 * app processes count in the Redis they share instead (`sharedLimits.ts`, with REDIS_URL).
 */
export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export type WindowLimiter = {
  hit: (key: string, now?: number) => Verdict
  /** Takes back one hit of the current window (an attempt that turned out not to count). */
  forgive: (key: string, now?: number) => void
}

/** Keys are dropped when their window is over, so memory stays bounded by recent callers. */
const MAX_KEYS = 10_000

export const windowLimiter = ({ limit, windowMs }: { limit: number; windowMs: number }) => {
  const windows = new Map<string, { start: number; hits: number }>()
  const prune = (now: number) => {
    for (const [key, window] of windows) {
      if (now - window.start >= windowMs) windows.delete(key)
    }
  }
  return {
    hit: (key: string, now = Date.now()): Verdict => {
      if (windows.size >= MAX_KEYS) prune(now)
      const current = windows.get(key)
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, hits: 1 })
        return { allowed: true }
      }
      current.hits += 1
      if (current.hits <= limit) return { allowed: true }
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((current.start + windowMs - now) / 1000)),
      }
    },
    forgive: (key: string, now = Date.now()) => {
      const current = windows.get(key)
      if (current && now - current.start < windowMs && current.hits > 0) current.hits -= 1
    },
  } satisfies WindowLimiter
}
