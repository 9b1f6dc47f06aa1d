import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'
import { graphqlCost } from '@/http/graphql/graphqlCost'

const cost = (query: string, variables?: Record<string, unknown>) =>
  graphqlCost(parse(query), variables)

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

describe('the cost of a GraphQL query', () => {
  it('counts a list as many documents as its limit, 10 without one', () => {
    expect(cost('{ Articles(limit: 100) { docs { title } } }')).toBe(100)
    expect(cost('{ Articles { docs { title } } }')).toBe(10)
    expect(cost('{ Articles(limit: 3) { totalDocs } }')).toBe(3)
    // Scalars cost nothing; a single document or a global costs 1.
    expect(cost('{ __typename }')).toBe(0)
    expect(cost('{ Article(id: 1) { title body } }')).toBe(1)
  })

  it('counts every alias, and multiplies lists inside lists', () => {
    expect(cost(aliases(38, 'Articles(limit: 100) { docs { title } }'))).toBe(3800)
    // Each article is 1, and its author and that author's photo 1 more each.
    expect(cost('{ Articles(limit: 20) { docs { title authors { name photo { url } } } } }')).toBe(
      60,
    )
    // 10 authors, each with 10 articles.
    expect(cost('{ Authors { docs { name articles { docs { title } } } } }')).toBe(110)
    expect(
      cost('{ Authors(limit: 100) { docs { articles(limit: 100) { docs { title } } } } }'),
    ).toBe(10_100)
  })

  it('reads limits from variables, their defaults and fragments', () => {
    const query =
      'query ($n: Int = 7) { Articles(limit: $n) { ...Page } } fragment Page on Articles { docs { title } }'
    expect(cost(query, { n: 50 })).toBe(50)
    expect(cost(query)).toBe(7)
    expect(cost('query ($n: Int) { Articles(limit: $n) { docs { title } } }')).toBe(10)
    expect(cost('{ Articles(limit: 4) { docs { ... on Article { authors { name } } } } }')).toBe(8)
  })

  it('has no bound for a list that asks for every document', () => {
    expect(cost('{ Articles(limit: 0) { docs { title } } }')).toBe(Number.POSITIVE_INFINITY)
    expect(cost('{ Articles(limit: -5) { docs { title } } }')).toBe(Number.POSITIVE_INFINITY)
    expect(cost('{ Articles(pagination: false) { docs { title } } }')).toBe(
      Number.POSITIVE_INFINITY,
    )
    expect(cost('query ($n: Int) { Articles(limit: $n) { docs { title } } }', { n: 0 })).toBe(
      Number.POSITIVE_INFINITY,
    )
    // Asking a join only to count fetches no documents: the author and the count, 1 each.
    expect(cost('{ Author(id: 1) { articles(count: true, limit: 0) { totalDocs } } }')).toBe(2)
  })

  it('counts the costliest operation of a document', () => {
    expect(
      cost(
        'query A { Articles(limit: 5) { docs { title } } } query B { Topics(limit: 50) { docs { name } } }',
      ),
    ).toBe(50)
  })

  it('counts a fragment spread many times over without expanding it each time', () => {
    // 2^30 spreads if expanded: counted by reusing each fragment's cost.
    const levels = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i} on Article { ...F${i + 1} ...F${i + 1} }`,
    )
    const query = `{ Articles(limit: 1) { docs { ...F0 } } } ${levels.join(' ')} fragment F30 on Article { authors { name } }`
    const started = performance.now()
    expect(cost(query)).toBe(1 + 2 ** 30)
    expect(performance.now() - started).toBeLessThan(1000)
  })
})
