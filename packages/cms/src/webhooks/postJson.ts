import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'
import type { ResolvedAddress } from './targetPolicy'

/**
 * POSTs `body` to `url` and answers the response's status, connecting only to `addresses`, the
 * ones the target policy checked: resolving the name again here could answer otherwise (DNS
 * rebinding). Redirects are not followed, for the same reason.
 */
export const postJson = (
  url: URL,
  {
    addresses,
    headers,
    body,
    timeoutMs,
  }: {
    addresses: ResolvedAddress[]
    headers: Record<string, string>
    body: string
    timeoutMs: number
  },
) =>
  new Promise<number>((resolve, reject) => {
    const [first] = addresses
    if (!first) throw new Error(`${url.hostname} has no address`)
    const checkedOnly: LookupFunction = (_hostname, options, callback) => {
      if (options.all) callback(null, addresses)
      else callback(null, first.address, first.family)
    }
    const request = (url.protocol === 'https:' ? https : http).request(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: checkedOnly,
        // A connection of its own: a pooled one may lead to an address checked for another name.
        agent: false,
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        response.resume()
        resolve(response.statusCode ?? 0)
      },
    )
    request.on('error', reject)
    request.end(body)
  })
