import { slugify } from '@groundwork/links'
import type { FieldHook, TextField } from 'payload'
import { z } from 'zod'

/** Lowercase words joined by single hyphens: what every public URL segment looks like. */
export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)

export { slugify }

/** Fills an empty slug from the source field (title, name) and normalises a typed one. */
const fillSlug =
  (from: string): FieldHook =>
  ({ value, data }) => {
    if (typeof value === 'string' && value.trim()) return slugify(value)
    const source = data?.[from]
    return typeof source === 'string' ? slugify(source) : value
  }

export const slugField = (from: string): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: `Part of the page address. Filled from the ${from} when left empty.`,
  },
  hooks: { beforeValidate: [fillSlug(from)] },
  validate: (value: unknown) =>
    slugSchema.safeParse(value).success ||
    'Use lowercase letters, digits and single hyphens, e.g. "why-recovery-groups-help".',
})
