import { z } from 'zod'

/** `/…/page/<n>` as a page number: digits only, 2 to 10,000 (page 1 has no /page/ address). */
export const pageParamSchema = z.coerce.number().int().min(2).max(10_000)

export const parsePageParam = (value: string): number | null => {
  if (!/^\d{1,5}$/.test(value)) return null
  const parsed = pageParamSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
