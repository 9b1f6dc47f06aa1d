import {
  type ContentChange,
  type OnContentChange,
  SIGNATURE_HEADER,
  signatureHeader,
  tagsForChange,
} from '@groundwork/cms'
import { revalidateTag } from 'next/cache'

export const REVALIDATE_PATH = '/revalidate'

/**
 * Expires the cache entries of what changed. `expire: 0` makes the next request render fresh
 * content instead of serving the stale page once (Next's default stale-while-revalidate).
 */
export const expireTags = (change: ContentChange) => {
  for (const tag of tagsForChange(change)) revalidateTag(tag, { expire: 0 })
}

/** The app's own address from inside the server process: never the public one behind a proxy. */
const ownOrigin = () => `http://127.0.0.1:${process.env.PORT || 3000}`

/**
 * Changes made outside a web request (scheduled publishes run in the jobs queue) cannot expire
 * tags directly: Next refuses without a request scope (Payload #16392). They are sent to the
 * app's own signed `/revalidate` route instead, which runs inside one.
 */
const expireOverHttp = async (change: ContentChange, secret: string) => {
  const body = JSON.stringify(change)
  const response = await fetch(`${ownOrigin()}${REVALIDATE_PATH}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SIGNATURE_HEADER]: signatureHeader(secret, body, Math.floor(Date.now() / 1000)),
    },
    body,
  })
  if (!response.ok) throw new Error(`${REVALIDATE_PATH} answered ${response.status}`)
}

export const revalidateContent =
  (secret: string): OnContentChange =>
  async (change) => {
    try {
      expireTags(change)
    } catch {
      await expireOverHttp(change, secret)
    }
  }
