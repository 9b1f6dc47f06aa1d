import { PUBLIC_MAX_LIMIT } from '@groundwork/cms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRAPHQL_MAX_COST } from '@/http/graphql/graphqlCost'
import {
  describeAnswer,
  errorMessages,
  type GraphqlBody,
  graphql,
  rest,
} from '../support/badInputHttp'
import { createArticle, createAuthor } from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Issue 19, defect 8: the anonymous read caps hold for an author's joined articles as they do
 * for lists, over REST and GraphQL, and a GraphQL query's cost grows with the documents it asks
 * for, aliases included.
 */
describe('read caps', () => {
  let cms: TestCms
  let author: { id: number; slug: string }
  /** One more than an anonymous caller may get at once. */
  const written = PUBLIC_MAX_LIMIT + 1

  beforeAll(async () => {
    cms = await startTestCms()
    author = await createAuthor(cms.payload, 'Prolific Writer')
    for (let i = 0; i < written; i++)
      await createArticle(cms.payload, { title: `Prolific ${i}`, authors: [author.id] })
  })
  afterAll(() => cms.payload.destroy())

  const joinedOverRest = async (query: string) => {
    const answer = await rest(cms.config, `authors/${author.id}?depth=0&${query}`)
    expect(answer.status, describeAnswer(answer)).toBe(200)
    return (answer.json as { articles: { docs: unknown[] } }).articles.docs.length
  }

  it('caps an author’s joined articles over REST, whatever join limit is asked for', async () => {
    // As for a list's own limit: "all" is the default page, and more than the cap is the cap.
    const expected = { '0': 10, '-1': 10, '3': 3, '100000': PUBLIC_MAX_LIMIT }
    for (const [limit, count] of Object.entries(expected))
      expect(await joinedOverRest(`joins[articles][limit]=${limit}`), limit).toBe(count)
    // The same through a list, and without a limit: the field's default page.
    const list = await rest(
      cms.config,
      `authors?where[id][equals]=${author.id}&depth=0&joins[articles][limit]=500`,
    )
    const [doc] = (list.json as { docs: { articles: { docs: unknown[] } }[] }).docs
    expect(doc?.articles.docs).toHaveLength(PUBLIC_MAX_LIMIT)
    expect(await joinedOverRest('')).toBe(10)
  })

  it('caps an author’s joined articles over GraphQL, and refuses asking for all of them', async () => {
    const joined = (limit: string) =>
      graphql(
        cms.config,
        `{ Author(id: ${author.id}) { articles(limit: ${limit}) { docs { id } } } }`,
      )
    // Within the cost budget, above the cap: the cap.
    for (const [limit, count] of Object.entries({ '3': 3, null: 10, '300': PUBLIC_MAX_LIMIT })) {
      const answer = await joined(limit)
      const author = (answer.json as GraphqlBody).data?.Author as
        | { articles: { docs: unknown[] } }
        | undefined
      expect(author?.articles.docs.length, describeAnswer(answer)).toBe(count)
    }
    // "Every document" has no cost bound: refused, for anonymous callers and keys alike.
    for (const limit of ['0', '-1']) {
      const answer = await joined(limit)
      expect(answer.status, describeAnswer(answer)).toBe(400)
      expect(errorMessages(answer)[0]).toMatch(/cost is unbounded/)
    }
  })

  it('fills in every relation of a page, past a page of distinct authors', async () => {
    const many = 12
    for (let i = 0; i < many; i++) {
      const writer = await createAuthor(cms.payload, `Guest ${i}`)
      await createArticle(cms.payload, { title: `Guest post ${i}`, authors: [writer.id] })
    }
    const overRest = await rest(
      cms.config,
      'articles?where[title][like]=Guest post&limit=20&depth=1&select[authors]=true',
    )
    const restDocs = (overRest.json as { docs: { authors: unknown[] }[] }).docs
    expect(restDocs).toHaveLength(many)
    expect(restDocs.map((doc) => typeof doc.authors[0])).toEqual(Array(many).fill('object'))
    const overGraphql = await graphql(
      cms.config,
      '{ Articles(where: { title: { like: "Guest post" } }, limit: 20) { docs { authors { name } } } }',
    )
    const articles = (overGraphql.json as GraphqlBody).data?.Articles as
      | { docs: { authors: { name: string }[] }[] }
      | undefined
    const names = articles?.docs.map((doc) => doc.authors[0]?.name ?? null)
    expect(names, describeAnswer(overGraphql)).toHaveLength(many)
    expect(names).not.toContain(null)
  })

  it('refuses 38 aliases of a 100-article list, naming the cost and the budget', async () => {
    const fields = Array.from(
      { length: 38 },
      (_, i) => `a${i}: Articles(limit: 100) { docs { title } }`,
    )
    const answer = await graphql(cms.config, `{ ${fields.join(' ')} }`)
    expect(answer.status, describeAnswer(answer)).toBe(400)
    const [message] = errorMessages(answer)
    expect(message).toContain('3800')
    expect(message).toContain(String(GRAPHQL_MAX_COST))
    expect((answer.json as GraphqlBody).data).toBeUndefined()
  })

  it('counts a limit given in a variable', async () => {
    const answer = await graphql(
      cms.config,
      'query ($n: Int) { a: Articles(limit: $n) { docs { title } } b: Articles(limit: $n) { docs { title } } }',
      { n: GRAPHQL_MAX_COST },
    )
    expect(answer.status, describeAnswer(answer)).toBe(400)
  })

  it('still answers a full page with its relations, and an author screen', async () => {
    const page = await graphql(
      cms.config,
      '{ Articles(limit: 100) { docs { title slug heroImage { url } authors { name } topics { name } } } }',
    )
    expect(page.status, describeAnswer(page)).toBe(200)
    expect((page.json as GraphqlBody).errors).toBeUndefined()
    const screen = await graphql(
      cms.config,
      `query ($slug: String!) { Authors(where: { slug: { equals: $slug } }, limit: 1) { docs {
        name articles(limit: 10, sort: "-publishedAt") { hasNextPage docs { title slug } } } } }`,
      { slug: author.slug },
    )
    const body = screen.json as GraphqlBody
    expect(body.errors, describeAnswer(screen)).toBeUndefined()
    const authors = body.data?.Authors as { docs: { articles: { docs: unknown[] } }[] } | undefined
    expect(authors?.docs[0]?.articles.docs).toHaveLength(10)
  })
})
