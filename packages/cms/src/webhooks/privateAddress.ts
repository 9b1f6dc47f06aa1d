import { BlockList } from 'node:net'

/**
 * Addresses of this machine and of private networks. A webhook URL is chosen by whoever saves
 * it; pointing one here would make the server call its own services or its neighbours' (SSRF).
 * IPv4 addresses written as IPv6 (`::ffff:127.0.0.1`) match the IPv4 ranges too.
 */
const privateRanges = new BlockList()
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches this machine
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT, also used for cloud metadata services
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, where cloud metadata services answer
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv4')
}
for (const [network, prefix] of [
  ['::', 128], // unspecified: this machine
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
] as const) {
  privateRanges.addSubnet(network, prefix, 'ipv6')
}

export const isPrivateAddress = (address: string, family: number): boolean =>
  privateRanges.check(address, family === 6 ? 'ipv6' : 'ipv4')
