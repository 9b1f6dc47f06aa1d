import { type ZodError, z } from 'zod'
import { slugify, slugSchema } from '../fields/slug'
import { ImportError } from './importError'

/**
 * What an import file says about its article: front matter, plus the title its first heading
 * gives when the front matter has none. Unknown fields are refused rather than dropped, so a
 * typo (`auther:`) or a field we do not import (`tags:`) never passes silently.
 */
const text = (hint = '') =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? `is required${hint && `: ${hint}`}` : 'must be text',
  })

const name = z
  .string({ error: 'must be a name' })
  .trim()
  .min(1, 'must not be empty')
  .refine((value) => slugify(value) !== '', 'must contain letters or digits')

/** One name or a list of names; always a list afterwards. */
const names = (hint = '') =>
  z
    .union([name, z.array(name).min(1, 'must name at least one')], {
      error: (issue) =>
        issue.input === undefined
          ? `is required${hint && `: ${hint}`}`
          : 'must be a name or a list of names',
    })
    .transform((value) => (Array.isArray(value) ? value : [value]))

const date = z.union([z.iso.date(), z.iso.datetime({ offset: true })], {
  error: 'must be a date such as 2024-03-01',
})

export const articleMetaSchema = z.strictObject({
  title: text('add `title:` to the front matter or start the text with a main heading')
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters'),
  slug: z
    .string({ error: 'must be text' })
    .refine(
      (value) => slugSchema.safeParse(value).success,
      'must be lowercase letters, digits and single hyphens, e.g. "why-recovery-groups-help"',
    )
    .optional(),
  author: names('name at least one author'),
  authorRole: text().trim().min(1, 'must not be empty').optional(),
  topics: names().optional(),
  excerpt: text().trim().max(400, 'must be at most 400 characters').optional(),
  /** Checked but not stored: imports are drafts, and `publishedAt` is stamped on first publish. */
  date: date.optional(),
})

export type ArticleMeta = z.output<typeof articleMetaSchema>

const FIELDS = Object.keys(articleMetaSchema.shape).join(', ')

const describe = (error: ZodError) =>
  error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.map((key) => `"${key}"`).join(', ')
        return `unknown field ${keys} (known fields: ${FIELDS})`
      }
      const [field, index] = issue.path
      const where = typeof index === 'number' ? `${String(field)} (item ${index + 1})` : field
      return `${String(where)} ${issue.message}`
    })
    .join('; ')

/** Empty YAML values (`excerpt:`) count as absent, as a person reading the file would think. */
const withoutEmpty = (data: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== null && value !== ''))

export const parseArticleMeta = (data: Record<string, unknown>): ArticleMeta => {
  const result = articleMetaSchema.safeParse(withoutEmpty(data))
  if (!result.success) throw new ImportError(describe(result.error))
  return result.data
}

/** The slug the article is found by on the next import: the front matter's, or the title's. */
export const articleSlug = (meta: ArticleMeta): string => {
  const slug = meta.slug ?? slugify(meta.title)
  if (!slugSchema.safeParse(slug).success) {
    throw new ImportError('the title gives no usable slug: add `slug:` to the front matter')
  }
  return slug
}
