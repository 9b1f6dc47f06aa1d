import type { Endpoint, SanitizedConfig } from 'payload'

/**
 * Which endpoint Payload will run for a REST address, found before Payload runs so that the
 * guard can check the parameters that endpoint will read (routeIds.ts, uploadFiles.ts).
 */

type Token = { literal: string } | { param: string; optional: boolean }

const readPattern = (path: string): Token[] | null => {
  const tokens: Token[] = []
  for (const part of path.split('/').filter(Boolean)) {
    const param = /^:(\w+)(\?)?$/.exec(part)
    if (param) tokens.push({ param: param[1] as string, optional: param[2] === '?' })
    else if (/^[\w.~-]+$/.test(part)) tokens.push({ literal: part.toLowerCase() })
    else return null
  }
  // Only a last parameter may be optional in this reading.
  if (tokens.slice(0, -1).some((token) => 'param' in token && token.optional)) return null
  return tokens
}

const patterns = new Map<string, Token[] | null>()

/** A route pattern as path-to-regexp 6 (Payload's) reads the plain ones; null for anything fancier. */
export const parsePattern = (path: string): Token[] | null => {
  const known = patterns.get(path)
  if (known !== undefined) return known
  const tokens = readPattern(path)
  patterns.set(path, tokens)
  return tokens
}

/**
 * The parameters of `segments` (already percent-decoded) under `path`, or null when it does not
 * match, or 'unknown' when the pattern is beyond this reader. Literals match regardless of case,
 * as path-to-regexp's default does.
 */
export const matchPattern = (
  path: string,
  segments: string[],
): Record<string, string> | null | 'unknown' => {
  const tokens = parsePattern(path)
  if (!tokens) return 'unknown'
  const params: Record<string, string> = {}
  const last = tokens[tokens.length - 1]
  const optionalLast = last !== undefined && 'param' in last && last.optional
  if (segments.length > tokens.length || segments.length < tokens.length - (optionalLast ? 1 : 0))
    return null
  for (const [i, segment] of segments.entries()) {
    const token = tokens[i] as Token
    if ('literal' in token) {
      if (segment.toLowerCase() !== token.literal) return null
    } else {
      if (segment === '') return null
      params[token.param] = segment
    }
  }
  return params
}

export type RouteTarget = {
  kind: 'collection' | 'global'
  slug: string
  /** The endpoint Payload will run, with the parameters it will see. */
  endpoint?: { path: string; params: Record<string, string> }
}

type Owner = { kind: RouteTarget['kind']; slug: string; endpoints: Endpoint[] | false }

/** The collection or global the segments address, and the segments left after its slug. */
const ownerOf = (
  config: SanitizedConfig,
  [first, ...rest]: string[],
): { owner: Owner; remainder: string[] } | undefined => {
  if (first === 'globals') {
    const global = config.globals.find((each) => each.slug === rest[0])
    if (!global) return undefined
    const { slug, endpoints } = global
    return { owner: { kind: 'global', slug, endpoints }, remainder: rest.slice(1) }
  }
  const collection = config.collections.find((each) => each.slug === first)
  if (!collection) return undefined
  const { slug, endpoints } = collection
  return { owner: { kind: 'collection', slug, endpoints }, remainder: rest }
}

/**
 * The collection or global `segments` (the part after /api/, decoded) address and the endpoint
 * Payload will pick for `method`: the first one whose method and path match, as Payload's
 * `handleEndpoints` does. Undefined when the route is not a collection's or a global's, or
 * when a custom endpoint's pattern is beyond `matchPattern` (then nothing is checked).
 */
export const resolveRoute = (
  config: SanitizedConfig,
  method: string,
  segments: string[],
): RouteTarget | undefined => {
  const found = ownerOf(config, segments)
  if (!found) return undefined
  const { owner, remainder } = found
  const target: RouteTarget = { kind: owner.kind, slug: owner.slug }
  if (!owner.endpoints) return target
  const wanted = method.toLowerCase()
  for (const endpoint of owner.endpoints) {
    if (endpoint.method !== wanted) continue
    const params = matchPattern(endpoint.path, remainder)
    if (params === 'unknown') return undefined
    if (params) return { ...target, endpoint: { path: endpoint.path, params } }
  }
  return target
}
