import { describe, it } from 'vitest'
import type { BadInput } from './fixture'
import { hostileSlugs } from './pathCases'
import { changedNothingStored } from './writes'

/** What one surface does with a slug nobody stored: it must answer "not found", calmly. */
export type SlugSurface = (slug: string) => Promise<void>

/**
 * The hostile slugs crossed with the calling file's surfaces (`'<surface>: <slug case>'`), then
 * proof that none of them stored anything. The calm article's slug is the real one the list
 * varies (upper case, a trailing slash).
 */
export const describeHostileSlugs = (fx: BadInput, surfaces: Record<string, SlugSurface>) =>
  describe('hostile slugs', () => {
    const cases = hostileSlugs(fx.slugs.article).flatMap((slug) =>
      Object.keys(surfaces).map((surface) => ({ ...slug, surface })),
    )
    it.for(cases)('$surface: $name', async ({ surface, slug }) => {
      await surfaces[surface]?.(slug)
    })

    changedNothingStored(fx)
  })
