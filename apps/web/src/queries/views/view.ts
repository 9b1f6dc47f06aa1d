import type { z } from 'zod'
import type { QueryDeps } from '../cache'

/**
 * What a reader route's one query answers: a model to show, a permanent move to another slug
 * (a renamed article), or nothing to show. Routes switch on `kind` and render one component;
 * a page and its metadata share one result, since each view is cached per request.
 */
export type View<Model> =
  | { kind: 'found'; model: Model }
  | { kind: 'moved'; slug: string }
  | { kind: 'missing' }

export const MISSING = { kind: 'missing' } as const

export const found = <Model>(model: Model): View<Model> => ({ kind: 'found', model })

/** A query of route params: params that fail `schema` are a page that does not exist. */
export const viewOf =
  <Params, Model>(
    schema: z.ZodType<Params>,
    read: (deps: QueryDeps, params: Params) => Promise<View<Model>>,
  ) =>
  async (deps: QueryDeps, params: unknown): Promise<View<Model>> => {
    const parsed = schema.safeParse(params)
    return parsed.success ? read(deps, parsed.data) : MISSING
  }

/** A model, or "missing" for null: the usual answer of a page query. */
export const foundOrMissing = <Model>(model: Model | null): View<Model> =>
  model === null ? MISSING : found(model)
