import { describe, expect, it } from 'vitest'
import { withoutSuggestion, withoutSuggestions } from '@/http/graphql/graphqlSuggestions'

describe('GraphQL answers without "Did you mean"', () => {
  it('cut the guess that ends a message, and only that', () => {
    expect(
      withoutSuggestion('Cannot query field "titel" on type "Article". Did you mean "title"?'),
    ).toBe('Cannot query field "titel" on type "Article".')
    expect(
      withoutSuggestion(
        'Value "publishd" does not exist in "Article__status" enum. Did you mean the enum value "published"?',
      ),
    ).toBe('Value "publishd" does not exist in "Article__status" enum.')
    expect(withoutSuggestion('Not allowed.')).toBe('Not allowed.')
  })

  it('rewrite the errors of an answer and keep its status, headers and data', async () => {
    const original = Response.json(
      {
        errors: [
          {
            message: 'Unknown argument "limt" on field "Query.Articles". Did you mean "limit"?',
            locations: [],
          },
        ],
        data: { note: 'Did you mean it?' },
      },
      { status: 200, headers: { 'x-extra': 'kept' } },
    )
    const answer = await withoutSuggestions(original)
    expect(answer.status).toBe(200)
    expect(answer.headers.get('x-extra')).toBe('kept')
    expect(await answer.json()).toEqual({
      errors: [{ message: 'Unknown argument "limt" on field "Query.Articles".', locations: [] }],
      data: { note: 'Did you mean it?' },
    })
    const plain = await withoutSuggestions(
      new Response('not json, Did you mean x?', { status: 500 }),
    )
    expect([plain.status, await plain.text()]).toEqual([500, 'not json, Did you mean x?'])
  })
})
