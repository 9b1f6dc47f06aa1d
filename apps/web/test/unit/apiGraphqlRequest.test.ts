import { describe, expect, it } from 'vitest'
import { checkGraphqlQuery } from '../../src/api/graphqlRequest'

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
