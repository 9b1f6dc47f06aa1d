import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * `X-Groundwork-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`.
 * The timestamp is signed too, so a receiver can refuse replays older than five minutes.
 */
export const SIGNATURE_HEADER = 'x-groundwork-signature'
export const REPLAY_TOLERANCE_SECONDS = 300

const hmac = (secret: string, timestamp: number, body: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')

export const signatureHeader = (secret: string, body: string, timestamp: number) =>
  `t=${timestamp},v1=${hmac(secret, timestamp, body)}`

/** What a receiver runs: true only for a fresh, untampered delivery signed with its secret. */
export const verifySignature = (
  secret: string,
  body: string,
  header: string | null | undefined,
  now = Math.floor(Date.now() / 1000),
): boolean => {
  const parts = Object.fromEntries(
    (header ?? '').split(',').map((part) => part.trim().split('=') as [string, string]),
  )
  const timestamp = Number(parts.t)
  if (!Number.isInteger(timestamp) || !parts.v1) return false
  if (Math.abs(now - timestamp) > REPLAY_TOLERANCE_SECONDS) return false
  const expected = Buffer.from(hmac(secret, timestamp, body), 'hex')
  const given = Buffer.from(parts.v1, 'hex')
  return expected.length === given.length && timingSafeEqual(expected, given)
}
