import type { CollectionSlug, GlobalSlug } from 'payload'
import type { Caller } from '../roleMatrix'
import type { Json } from '../routes'

/**
 * One call, made the same way over each surface the app exposes: the REST and GraphQL route
 * handlers (with the caller's credentials in headers) and the Local API with access control on.
 * Every answer is reduced to an HTTP-like status, so a rule is checked alike on all three.
 */
export const surfaces = ['rest', 'graphql', 'local'] as const
export type Surface = (typeof surfaces)[number]

export type Id = number
export type Upload = { data: Buffer; mimetype: string; name: string; size: number }

export type Identity = {
  caller: Caller
  /** The account as the Local API wants it; absent for anonymous callers. */
  user?: Json & { id: Id; email: string; collection: 'users' }
  /** What REST and GraphQL requests carry: `JWT <token>` for staff, `users API-Key <key>` for api. */
  headers: Record<string, string>
}

export type Call =
  | { op: 'create'; collection: CollectionSlug; data: Json; upload?: Upload }
  | { op: 'read'; collection: CollectionSlug; id: Id; draft?: boolean }
  | { op: 'update'; collection: CollectionSlug; id: Id; data: Json; draft?: boolean }
  | { op: 'delete'; collection: CollectionSlug; id: Id }
  | { op: 'readGlobal'; global: GlobalSlug }
  | { op: 'updateGlobal'; global: GlobalSlug; data: Json }

/** `status`: the HTTP status, GraphQL's `extensions.statusCode`, or the Local API error's status. */
export type Outcome = { status: number; id?: Id; message?: string; name?: string }

export const succeeded = (outcome: Outcome) => outcome.status >= 200 && outcome.status < 300

/** The id of a returned document, when there is one. */
export const idOf = (value: unknown): Id | undefined =>
  typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'number'
    ? value.id
    : undefined

/** An outcome as a failing assertion's message. */
export const describeOutcome = (outcome: Outcome) => JSON.stringify(outcome)
