import type { Env } from '../env'

/**
 * One service the instance needs before it takes traffic. `problem` answers null when the service
 * answers, otherwise what is wrong, in words or as a thrown error; it should stop its work when
 * `signal` aborts (its time is up; the answer says so without waiting for it).
 */
export type ReadinessCheck = {
  /** The key of its result in `/readyz`'s `checks`. */
  name: string
  /** False when the service is not configured here: the check is left out of the answer. */
  appliesTo: (env: Env) => boolean
  problem: (env: Env, signal: AbortSignal) => Promise<string | null>
  /** Its own time limit, when CHECK_TIMEOUT_MS is too short for it (a distant region). */
  timeoutMs?: number
}

/** Long enough for a healthy service on the same network, short enough for a load balancer. */
export const CHECK_TIMEOUT_MS = 1000

export type Readiness = { ready: boolean; checks: Record<string, string> }

/** `ok`, or what went wrong in a few words: an error code rather than the message with hosts. */
const outcome = async (check: ReadinessCheck, env: Env, timeoutMs: number): Promise<string> => {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve(`timeout after ${timeoutMs} ms`)
    }, timeoutMs)
  })
  const ran = Promise.resolve()
    .then(() => check.problem(env, controller.signal))
    .then(
      (problem) => problem ?? 'ok',
      (error: unknown) => describeFailure(error),
    )
  try {
    return await Promise.race([ran, timedOut])
  } finally {
    clearTimeout(timer)
  }
}

/**
 * A failure as `/readyz` reports it. The answer is public, so a socket error is named by its code
 * (ECONNREFUSED, ENOTFOUND, whose messages name the address tried) and other messages lose any
 * URL; a server's own refusal (NOAUTH, a PostgreSQL error) keeps its words.
 */
export const describeFailure = (error: unknown): string => {
  const { code } = (error ?? {}) as { code?: unknown }
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return `failed: ${code}`
  const message = error instanceof Error ? error.message : String(error)
  return `failed: ${message.replace(/\b[a-z][a-z0-9+.-]*:\/\/\S+/gi, '<url>').slice(0, 120)}`
}

/** Runs every check that applies at once, each with its time limit (`timeoutMs` by default). */
export const checkReadiness = async (
  env: Env,
  checks: ReadinessCheck[],
  timeoutMs = CHECK_TIMEOUT_MS,
): Promise<Readiness> => {
  const applicable = checks.filter((check) => check.appliesTo(env))
  const results = await Promise.all(
    applicable.map((check) => outcome(check, env, check.timeoutMs ?? timeoutMs)),
  )
  const named = Object.fromEntries(applicable.map((check, i) => [check.name, results[i] ?? '']))
  return { ready: results.every((result) => result === 'ok'), checks: named }
}

/**
 * `checkReadiness` shared by every caller that asks while it runs: a burst of `/readyz` requests
 * (anyone may send them) opens one connection to each service, not one per request.
 */
export const sharedReadiness = (check: () => Promise<Readiness>) => {
  let running: Promise<Readiness> | undefined
  return (): Promise<Readiness> => {
    running ??= check().finally(() => {
      running = undefined
    })
    return running
  }
}
