import { z } from 'zod'

/**
 * Account roles. `api` is for server-to-server clients (read-only, drafts included, by API key);
 * the others are staff, weakest first. The list lives here only.
 */
export const roles = ['api', 'contributor', 'editor', 'admin'] as const
export const staffRoles = ['contributor', 'editor', 'admin'] as const satisfies readonly Role[]
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>

const roleOf = (user: object | null | undefined): unknown =>
  user && 'role' in user ? user.role : undefined

export const hasRole = (user: object | null | undefined, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return typeof role === 'string' && (allowed as string[]).includes(role)
}
