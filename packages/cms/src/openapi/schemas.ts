import {
  entityToJSONSchema,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  type SanitizedGlobalConfig,
} from 'payload'
import { convert } from './convert'
import type { PublicEntities } from './publicAccess'
import type { JsonSchema } from './types'

/**
 * One schema per public collection and global, made by Payload's own generator (the one behind
 * payload-types.ts) from the reduced entities, then moved into OpenAPI's components:
 * `#/definitions/x` becomes `#/components/schemas/X`, a relation to a collection that is not
 * public keeps only its id, draft-04 tuples become `prefixItems`, and the default Postgres ids
 * (serial) are integers.
 */
export type Components = { schemas: Record<string, JsonSchema>; names: Map<string, string> }

type Entity = SanitizedCollectionConfig | SanitizedGlobalConfig
const toArray = (value: unknown): string[] => (Array.isArray(value) ? value : [])
type Definitions = Parameters<typeof entityToJSONSchema>[2]

/** The JSON type of an entity's id: a custom `id` field's, else the database's default. */
export const idTypeOf = (
  config: SanitizedConfig,
  entity: Entity,
): 'integer' | 'number' | 'string' => {
  const custom = entity.fields.find((field) => 'name' in field && field.name === 'id')
  if (custom) return custom.type === 'number' ? 'number' : 'string'
  return config.db.defaultIDType === 'number' ? 'integer' : 'string'
}

export const componentSchemas = (config: SanitizedConfig, entities: PublicEntities): Components => {
  const idTypes = Object.fromEntries(config.collections.map((c) => [c.slug, idTypeOf(config, c)]))
  const definitions: Definitions = new Map()
  const entries = [
    ...entities.collections.map((entity) => ({ entity, global: false })),
    ...entities.globals.map((entity) => ({ entity, global: true })),
  ]
  const generated = entries.map(({ entity, global }) => {
    const schema = entityToJSONSchema(
      config,
      entity,
      definitions,
      config.db.defaultIDType,
      idTypes as Record<string, 'number'>,
    )
    // Payload writes `number`; the document says what the database really returns.
    schema.properties = { ...schema.properties, id: { type: idTypeOf(config, entity) as 'number' } }
    if (global) {
      // A global never saved has no row, so no id: Payload answers with its defaults only. A
      // saved one also names itself, which Payload's generated types leave out.
      schema.required = toArray(schema.required).filter((key) => key !== 'id')
      schema.properties.globalType = { type: 'string', enum: [entity.slug] }
    }
    return { slug: entity.slug, schema }
  })
  const names = new Map<string, string>(
    generated.map(({ slug, schema }) => [slug, String(schema.title)]),
  )
  const publicSlugs = new Set<string>(entities.collections.map((collection) => collection.slug))
  const used = new Set<string>()
  const target = (ref: string): string | undefined => {
    const key = ref.replace('#/definitions/', '')
    if (publicSlugs.has(key)) return `#/components/schemas/${names.get(key)}`
    if (idTypes[key]) return undefined
    if (!definitions.has(key) && key !== 'supportedTimezones') {
      throw new Error(`OpenAPI: Payload referenced ${ref}, which has no schema`)
    }
    used.add(key)
    return `#/components/schemas/${key}`
  }
  const schemas: Record<string, JsonSchema> = {}
  for (const { slug, schema } of generated) {
    const name = String(schema.title)
    if (schemas[name]) throw new Error(`OpenAPI: two schemas named ${name}; rename one (${slug})`)
    schemas[name] = convert(schema, target)
  }
  for (const [key, schema] of definitions) schemas[key] = convert(schema, target)
  if (used.has('supportedTimezones')) {
    // What Payload's `timezonesToJSONSchema` writes; that helper is not exported.
    const zones = config.admin.timezones.supportedTimezones
    schemas.supportedTimezones = {
      description: 'Supported timezones in IANA format.',
      enum: zones.map((zone) => (typeof zone === 'string' ? zone : zone.value)),
    }
  }
  return { schemas, names }
}
