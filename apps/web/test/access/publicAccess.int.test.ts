import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createArticle, createAuthor } from '../support/content'
import { graphqlCall, restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * What an anonymous caller gets over each surface: the Local API as the site calls it, and the
 * REST and GraphQL route handlers the app mounts, called with real requests.
 */
describe('anonymous callers', () => {
  let cms: TestCms
  let published: { id: number; slug: string }
  let draft: { id: number; slug: string }

  const rest = (path: string) => restCall(cms.config, path)
  const graphql = (query: string) => graphqlCall(cms.config, query)

  beforeAll(async () => {
    cms = await startTestCms()
    const author = await createAuthor(cms.payload, 'Eve Sato')
    published = await createArticle(cms.payload, { title: 'Visible', authors: [author.id] })
    draft = await createArticle(cms.payload, {
      title: 'Secret draft',
      authors: [author.id],
      status: 'draft',
    })
    await cms.payload.create({
      collection: 'users',
      data: { email: 'staff@example.test', password: 'a-long-test-password-1', role: 'admin' },
    })
  })
  afterAll(() => cms.payload.destroy())

  it('see no drafts through the Local API with access control on', async () => {
    const { docs } = await cms.payload.find({
      collection: 'articles',
      overrideAccess: false,
      limit: 100,
    })
    const slugs = docs.map((doc) => doc.slug)
    expect(slugs).toContain(published.slug)
    expect(slugs).not.toContain(draft.slug)
    const byId = await cms.payload.find({
      collection: 'articles',
      where: { id: { equals: draft.id } },
      overrideAccess: false,
      draft: true,
    })
    expect(byId.docs).toHaveLength(0)
  })

  it('see no drafts over REST', async () => {
    const list = await rest('articles?limit=100&draft=true')
    expect(list.status).toBe(200)
    const docs = list.body.docs as { slug: string }[]
    expect(docs.map((doc) => doc.slug)).toContain(published.slug)
    expect(docs.map((doc) => doc.slug)).not.toContain(draft.slug)
    expect((await rest(`articles/${draft.id}?draft=true`)).status).toBe(404)
  })

  it('see no drafts over GraphQL', async () => {
    const result = await graphql('{ Articles(limit: 100, draft: true) { docs { slug _status } } }')
    const docs = (result.data?.Articles as { docs: { slug: string }[] } | undefined)?.docs ?? []
    expect(docs.map((doc) => doc.slug)).toContain(published.slug)
    expect(docs.map((doc) => doc.slug)).not.toContain(draft.slug)
    const single = await graphql(`{ Article(id: ${draft.id}, draft: true) { slug } }`)
    expect(single.data?.Article ?? null).toBeNull()
  })

  it('never learn a draft exists through a published article’s picks', async () => {
    const author = await createAuthor(cms.payload, 'Pia Lund')
    const picker = await createArticle(cms.payload, {
      title: 'Picks a draft',
      authors: [author.id],
      alsoBrowsed: [draft.id, published.id],
    })
    for (const depth of [0, 1]) {
      const { body } = await rest(`articles/${picker.id}?depth=${depth}`)
      const picks = (body.alsoBrowsed as (number | { id: number })[]).map((pick) =>
        typeof pick === 'number' ? pick : pick.id,
      )
      expect(picks).toEqual([published.id])
    }
    const result = await graphql(`{ Article(id: ${picker.id}) { alsoBrowsed { id } } }`)
    expect(JSON.stringify(result)).not.toContain(`"id":${draft.id}`)
  })

  it('never see users or their emails', async () => {
    expect((await rest('users')).status).toBe(403)
    const result = await graphql('{ Users { docs { email } } }')
    expect(JSON.stringify(result)).not.toContain('staff@example.test')
    expect(result.errors?.[0]?.message).toMatch(/not allowed/i)
    // Populated as deep as readers may: no account, no email field, no staff address.
    const authors = JSON.stringify((await rest('authors?limit=100&depth=2')).body)
    expect(authors).not.toMatch(/"email"|"createdBy"/)
    expect(authors).not.toMatch(/@example\.test/)
  })
})
