import { type NextRequest, NextResponse } from 'next/server'
import { callerKey, ruleFor } from './rateLimit/rules'

/** Runs only for the limited endpoints (see `config.matcher`): reader pages never pass here. */
export const proxy = (request: NextRequest) => {
  const rule = ruleFor(request.method, request.nextUrl.pathname)
  if (!rule) return NextResponse.next()
  const key = `${rule.name}:${callerKey(request.headers, process.env.TRUST_PROXY === '1')}`
  const verdict = rule.limiter.hit(key)
  if (verdict.allowed) return NextResponse.next()
  return NextResponse.json(
    {
      errors: [
        { message: `Too many ${rule.name} requests. Try again in ${verdict.retryAfterSeconds} s.` },
      ],
    },
    { status: 429, headers: { 'retry-after': String(verdict.retryAfterSeconds) } },
  )
}

export const config = {
  matcher: ['/api/graphql'],
}
