import {
  type ContentChange,
  type OnContentChange,
  SIGNATURE_HEADER,
  signatureHeader,
  tagsForChange,
} from '@groundwork/cms'
import { revalidateTag } from 'next/cache'
import { after } from 'next/server'
import { refreshProxy } from './proxyRefresh'

export const REVALIDATE_PATH = '/revalidate'

/**
 * Expires the cache entries of what changed. `expire: 0` makes the next request render fresh
 * content instead of serving the stale page once (Next's default stale-while-revalidate). Once
 * the response is sent, so after the change has committed, the production proxy is asked to
 * fetch the pages that show it.
 */
export const expireTags = (change: ContentChange) => {
  for (const tag of tagsForChange(change)) revalidateTag(tag, { expire: 0 })
  after(() => refreshProxy(change))
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

/**
 * Payload reports a change before its transaction commits. Inside a web request Next expires the
 * tags after the response, so after the commit; a job has no such end. Expiring at once would let
 * a reader's request in the gap re-cache the old page under fresh tags, for good. So a job's change
 * is expired after the commit has surely happened, and once more in case the commit was slow.
 */
const AFTER_COMMIT_MS = [500, 3000]

/** Resolves once the change can be read from every replica (at once without replicas). */
type ReplicasHave = () => Promise<unknown>

const expireLater = (change: ContentChange, secret: string, replicasHave: ReplicasHave) => {
  for (const delay of AFTER_COMMIT_MS) {
    setTimeout(() => {
      replicasHave()
        .then(() => expireOverHttp(change, secret))
        .catch((error: unknown) => {
          console.error('content change was saved but not revalidated', change, error)
        })
    }, delay).unref()
  }
}

/**
 * With read replicas, a page expired at once could be regenerated, on any instance, from a
 * replica that has not replayed the change yet, and cached stale until the next change. So the
 * tags are expired only after the response (the change has committed) and once every replica has
 * it (`replicasHave`, freshness/replicaCatchUp.ts), through the app's own /revalidate route,
 * since the request scope that could expire them directly has ended by then.
 */
const expireOnceReplicasHave = (
  change: ContentChange,
  secret: string,
  replicasHave: ReplicasHave,
) =>
  after(async () => {
    await replicasHave()
    await expireOverHttp(change, secret)
  })

export const revalidateContent =
  (secret: string, replicasHave?: ReplicasHave): OnContentChange =>
  (change) => {
    try {
      if (replicasHave) expireOnceReplicasHave(change, secret, replicasHave)
      else expireTags(change)
    } catch {
      expireLater(change, secret, replicasHave ?? (async () => true))
    }
  }
