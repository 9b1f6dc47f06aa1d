/**
 * Roles over every surface, one module a part under `roles/`: a call over REST, GraphQL or the
 * Local API (`call`, `perform`), the callers (`identities`), the fixtures (`kits`), what is
 * stored (`stored`) and the world a role-matrix file runs in (`world`). Re-exported here, the one path the access and editorial tests import.
 */
export * from './roles/call'
export * from './roles/identities'
export * from './roles/kits'
export * from './roles/perform'
export * from './roles/stored'
export { graphqlAs } from './roles/viaGraphql'
export * from './roles/world'
