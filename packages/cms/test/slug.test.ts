import { describe, expect, it } from 'vitest'
import { slugify, slugSchema } from '../src/fields/slug'

describe('slugs', () => {
  it.each([
    ['What’s the Point of Recovery Groups?', 'whats-the-point-of-recovery-groups'],
    ['  Café — crème brûlée  ', 'cafe-creme-brulee'],
    ['12-step   meetings!!', '12-step-meetings'],
    ['---', ''],
  ])('slugifies %j as %j', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('keeps slugs within 120 characters without a trailing hyphen', () => {
    const slug = slugify(`${'word '.repeat(40)}end`)
    expect(slug.length).toBeLessThanOrEqual(120)
    expect(slug.endsWith('-')).toBe(false)
  })

  it.each(['recovery-groups', 'a', '988-lifeline'])('accepts %j', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true)
  })

  it.each(['', 'Upper', 'two--hyphens', '-lead', 'trail-', 'spa ce', '../x', 'a'.repeat(121)])(
    'rejects %j',
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(false)
    },
  )
})
