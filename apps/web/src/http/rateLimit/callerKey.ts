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

export const MINUTE = 60_000

/** Whether the shipped proxy vouches for the caller's address (README: `TRUST_PROXY`). */
export const trustProxy = () => process.env.TRUST_PROXY === '1'
