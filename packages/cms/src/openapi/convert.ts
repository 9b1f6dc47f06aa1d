import type { JsonSchema } from './types'

/**
 * Draft-04 as Payload writes it, to JSON Schema 2020-12 with OpenAPI references. `target` maps
 * each `#/definitions/x`, or answers undefined for a collection that is not public: that option
 * leaves its `oneOf`, so a relation to it documents the id alone. `tsType` hints are dropped.
 */
export const convert = (node: unknown, target: (ref: string) => string | undefined): JsonSchema => {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk)
    if (!value || typeof value !== 'object') return value
    const out: JsonSchema = {}
    for (const [key, child] of Object.entries(value)) {
      if (key === 'tsType') continue
      if (key === 'properties' && child && typeof child === 'object') {
        // Field names, not keywords: a field may well be called `items` or `tsType`.
        out.properties = Object.fromEntries(
          Object.entries(child).map(([name, schema]) => [name, walk(schema)]),
        )
      } else if (key === '$ref' && typeof child === 'string') {
        const ref = target(child)
        if (!ref) throw new Error(`OpenAPI: ${child} is not public and not inside a oneOf`)
        out.$ref = ref
      } else if (key === 'items' && Array.isArray(child)) {
        out.prefixItems = child.map(walk)
      } else if (key === 'oneOf' && Array.isArray(child)) {
        const kept = child.filter((option) => !isPrivateRef(option, target)).map(walk)
        if (kept.length === 1) Object.assign(out, kept[0])
        else out.oneOf = kept
      } else {
        out[key] = walk(child)
      }
    }
    return out
  }
  return walk(node) as JsonSchema
}

const isPrivateRef = (option: unknown, target: (ref: string) => string | undefined) =>
  typeof option === 'object' &&
  option !== null &&
  '$ref' in option &&
  typeof option.$ref === 'string' &&
  target(option.$ref) === undefined
