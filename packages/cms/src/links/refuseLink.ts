import { type PayloadRequest, ValidationError } from 'payload'

type Where = {
  collection?: { slug: string } | null
  global?: { slug: string } | null
  path: (string | number)[]
  req: PayloadRequest
}

/**
 * Payload skips field validation for drafts (autosave saves half-typed work), so the link rule
 * also runs in hooks, which throw this: a field error like validation's, on every save.
 */
export const refuseLink = (message: string, { collection, global, path, req }: Where) => {
  throw new ValidationError({
    collection: collection?.slug,
    global: global?.slug,
    errors: [{ path: path.join('.'), message }],
    req,
  })
}
