import { lookup } from 'node:dns/promises'
import { isIP } from 'node:net'
import { isPrivateAddress } from './privateAddress'

export type ResolvedAddress = { address: string; family: number }
export type ResolveName = (hostname: string) => Promise<ResolvedAddress[]>

/** Which webhook targets the CMS may call (`CmsOptions.webhookTargets`). */
export type WebhookTargetPolicy = {
  /** Private and loopback addresses too: `WEBHOOKS_ALLOW_PRIVATE_TARGETS=1`. Off by default. */
  allowPrivate?: boolean
  /** How names become addresses; the system's resolver by default (tests pass their own). */
  resolve?: ResolveName
}

const systemResolve: ResolveName = (hostname) => lookup(hostname, { all: true, verbatim: true })

/** A target the policy forbids; the message is written for the admin who saved it. */
export class RefusedTarget extends Error {
  override name = 'RefusedTarget'
}

/**
 * The addresses a delivery to `url` may connect to, or RefusedTarget. Every address a name has
 * must be public: a name with one public and one private address could be steered to the other.
 */
export const resolveTarget = async (
  url: URL,
  policy: WebhookTargetPolicy = {},
): Promise<ResolvedAddress[]> => {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1')
  const family = isIP(host)
  const addresses = family
    ? [{ address: host, family }]
    : await (policy.resolve ?? systemResolve)(host)
  if (policy.allowPrivate) return addresses
  const refused = addresses.find(({ address, family }) => isPrivateAddress(address, family))
  if (refused) {
    const where = refused.address === host ? host : `${host} (${refused.address})`
    throw new RefusedTarget(
      `${where} is on this server or a private network. Webhooks call public addresses only; the operator can allow private ones with WEBHOOKS_ALLOW_PRIVATE_TARGETS=1.`,
    )
  }
  return addresses
}
