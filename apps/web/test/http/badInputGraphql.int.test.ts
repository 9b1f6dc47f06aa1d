import { describe, expect, it } from 'vitest'
import { expectCalmGraphql } from '../support/badInput/expectations'
import { useBadInput } from '../support/badInput/fixture'
import { type GraphqlCase, graphqlCases } from '../support/badInput/graphqlCases'
import { describeAnswer, type GraphqlBody, graphql, graphqlRaw } from '../support/badInput/http'
import { describeHostileSlugs } from '../support/badInput/slugs'
import { attempt, expectRoleKept } from '../support/badInput/writes'

/**
 * Issue #7, item 3, over GraphQL: hostile slugs in `where`, query bombs, malformed queries and
 * bodies, reads past access and writes by callers who may not write. Each must get a refusal or
 * a calm answer (never a 5xx, a hang or a crash) and, unless the case may write, change nothing.
 */
describe('bad input', () => {
  const fx = useBadInput('graphql')
  const config = () => fx.cms.config

  describeHostileSlugs(fx, {
    'GraphQL Articles': async (slug) => {
      const answer = await graphql(
        config(),
        'query ($slug: String) { Articles(where: { slug: { equals: $slug } }) { docs { slug } } }',
        { slug },
      )
      expectCalmGraphql(answer)
      const result = answer.json as GraphqlBody
      if (slug.includes('\u0000')) {
        expect(result.errors?.[0]?.message, describeAnswer(answer)).toContain('NUL character')
        return
      }
      expect(result.errors, describeAnswer(answer)).toBeUndefined()
      expect(result.data?.Articles, describeAnswer(answer)).toEqual({ docs: [] })
    },
  })

  describe('hostile GraphQL', () => {
    /** The fixtures' ids where a case names them: `__ARTICLE__`, `__AUTHOR__`, `__CONTRIBUTOR__`. */
    const substitute = (value: string) =>
      value
        .replaceAll('__ARTICLE__', String(fx.ids.article))
        .replaceAll('__AUTHOR__', String(fx.ids.author))
        .replaceAll('__CONTRIBUTOR__', String(fx.ids.contributor))
    const variablesOf = (item: GraphqlCase) =>
      item.variables
        ? Object.fromEntries(
            Object.entries(item.variables).map(([key, value]) => [
              key,
              value === '__CONTRIBUTOR__' ? fx.ids.contributor : value,
            ]),
          )
        : undefined

    it.for(graphqlCases)('$name', async (item) => {
      const caller = item.as ?? 'anon'
      const headers = fx.auth(caller)
      const { answer, changes } = await attempt(fx, () =>
        item.raw
          ? graphqlRaw(config(), item.raw, headers)
          : graphql(config(), substitute(item.query ?? ''), variablesOf(item), headers),
      )
      expectCalmGraphql(answer, caller)
      const result = (answer.json ?? {}) as GraphqlBody
      const about = describeAnswer(answer)
      if (item.expect === 'refused') {
        expect(result.errors?.length ?? 0, about).toBeGreaterThan(0)
        expect(
          Object.values(result.data ?? {}).filter((value) => value !== null),
          about,
        ).toEqual([])
      }
      if (item.expect === 'ok') {
        expect(result.errors, about).toBeUndefined()
        expect(result.data, about).toBeTypeOf('object')
      }
      if (!item.mayWrite) expect(changes, `stored state changed: ${about}`).toEqual([])
      await expectRoleKept(fx)
    })
  })
})
