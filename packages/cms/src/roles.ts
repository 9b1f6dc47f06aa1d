import { z } from 'zod'

/** Staff roles, weakest first. Issue #3 refines what each may do; the list lives here only. */
export const roles = ['contributor', 'editor', 'admin'] as const
export const roleSchema = z.enum(roles)
export type Role = z.infer<typeof roleSchema>

const roleOf = (user: object | null | undefined): unknown =>
  user && 'role' in user ? user.role : undefined

export const hasRole = (user: object | null | undefined, ...allowed: Role[]): boolean => {
  const role = roleOf(user)
  return typeof role === 'string' && (allowed as string[]).includes(role)
}
