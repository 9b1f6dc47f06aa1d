import { describe, expect, it } from 'vitest'
import { GRAPHQL_MAX_COST } from '@/http/graphql/graphqlCost'
import { checkGraphqlQuery } from '@/http/graphql/graphqlRequest'

describe('GraphQL queries checked before Payload runs them', () => {
  it('refuse fragment cycles, naming the fragments', () => {
    const cycle = checkGraphqlQuery(
      '{ Articles { docs { ...A } } } fragment A on Article { title ...B } fragment B on Article { slug ...A }',
    )
    expect(cycle?.status).toBe(400)
    expect(cycle?.errors?.[0]?.message).toBe('Cannot spread fragment "A" within itself via "B".')
    expect(cycle?.errors?.[0]?.locations?.length).toBeGreaterThan(0)
    const self = checkGraphqlQuery('{ Articles { docs { ...A } } } fragment A on Article { ...A }')
    expect(self?.message).toBe('Cannot spread fragment "A" within itself.')
  })

  it('refuse a query nested too deep to parse', () => {
    const deep = `{ ${'a { '.repeat(100_000)}b${' }'.repeat(100_000)} }`
    expect(checkGraphqlQuery(deep)).toEqual({
      status: 400,
      message: 'The query is nested too deeply to be read.',
    })
  })

  it('pass sound queries, and leave syntax errors to the GraphQL handler', () => {
    expect(
      checkGraphqlQuery(
        '{ Articles { docs { ...A ...B } } } fragment A on Article { title } fragment B on Article { ...A slug }',
      ),
    ).toBeNull()
    expect(checkGraphqlQuery('{ Unknown { field } }')).toBeNull()
    expect(checkGraphqlQuery('{')).toBeNull()
    expect(checkGraphqlQuery('')).toBeNull()
  })
})

describe('the cost budget of a GraphQL query', () => {
  const aliases = (count: number) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: Articles(limit: 100) { docs { title } }`).join(' ')} }`

  it('refuses a query over the budget, naming its cost and the budget', () => {
    expect(checkGraphqlQuery(aliases(38))).toEqual({
      status: 400,
      message: expect.stringMatching(
        new RegExp(`costs 3800, over the budget of ${GRAPHQL_MAX_COST}`),
      ),
    })
    expect(checkGraphqlQuery(aliases(GRAPHQL_MAX_COST / 100))).toBeNull()
  })

  it('counts the variables sent, and refuses a list without a bound', () => {
    const query = 'query ($n: Int) { Articles(limit: $n) { docs { title } } }'
    expect(checkGraphqlQuery(query, { n: 20 })).toBeNull()
    expect(checkGraphqlQuery(query, { n: GRAPHQL_MAX_COST + 1 })?.status).toBe(400)
    expect(checkGraphqlQuery(query, { n: 0 })?.message).toMatch(/cost is unbounded/)
    // Variables that are not an object are the GraphQL handler's to refuse.
    expect(checkGraphqlQuery(query, 'n=1000')).toBeNull()
  })
})
