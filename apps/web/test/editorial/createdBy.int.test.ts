import { randomUUID } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { REST_PATCH, REST_POST } from '@/http/routes'
import { body, quiet } from '../support/content'
import { useEditorialDesk } from '../support/editorialDesk'
import { graphqlCall, restCall } from '../support/routes'
import { uniqueSlug } from '../support/testPayload'

/**
 * Who started an article: stamped from the creating user whatever the caller sends, never
 * changed afterwards, shown to staff and hidden from anonymous readers and API clients.
 */
describe('editorial rules', () => {
  const desk = useEditorialDesk()
  const { draft, publish, live, latest } = desk
  const articles = 'articles' as const

  describe('createdBy', () => {
    it('is stamped from the creating user, whatever the caller sends', async () => {
      const local = await draft({ createdBy: desk.admin.user?.id }, desk.contributor)
      expect((await latest(local.id)).createdBy).toBe(desk.contributor.user?.id)

      const rest = await restCall(desk.cms.config, 'articles', {
        method: 'POST',
        handler: REST_POST,
        headers: { ...desk.contributor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({
          title: 'Claims another author',
          slug: uniqueSlug('claims'),
          body: body({ p: 'Text.' }),
          authors: [desk.author],
          _status: 'draft',
          createdBy: desk.editor.user?.id,
        }),
      })
      expect(rest.status, JSON.stringify(rest.body)).toBe(201)
      const id = (rest.body.doc as { id: number }).id
      expect((await latest(id)).createdBy).toBe(desk.contributor.user?.id)
    })

    it('cannot be changed afterwards, not even by an admin', async () => {
      const article = await draft({}, desk.contributor)
      await desk.cms.payload.update({
        collection: articles,
        id: article.id,
        data: { createdBy: desk.admin.user?.id, title: 'Taken over' },
        overrideAccess: false,
        user: desk.admin.user,
      })
      const patched = await restCall(desk.cms.config, `articles/${article.id}`, {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...desk.editor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ createdBy: desk.editor.user?.id }),
      })
      expect(patched.status).toBe(200)
      expect(await live(article.id)).toMatchObject({
        title: 'Taken over',
        createdBy: desk.contributor.user?.id,
      })
    })

    it('is hidden from anonymous readers and API clients, and shown to staff', async () => {
      const article = await draft({}, desk.contributor)
      await publish(article.id)
      const anonymous = await restCall(desk.cms.config, `articles/${article.id}?depth=0`)
      expect(anonymous.status).toBe(200)
      expect(anonymous.body.title).toBe('Editorial rules')
      expect(anonymous.body).not.toHaveProperty('createdBy')

      const graphql = await graphqlCall(
        desk.cms.config,
        `{ Article(id: ${article.id}) { title createdBy { id } } }`,
      )
      expect(graphql.data?.Article).toEqual({ title: 'Editorial rules', createdBy: null })

      const apiKey = randomUUID()
      await desk.cms.payload.create({
        collection: 'users',
        data: {
          email: `api-${apiKey}@example.test`,
          password: 'an-unused-long-password-1',
          role: 'api',
          enableAPIKey: true,
          apiKey,
        },
        context: quiet,
      })
      const client = await restCall(desk.cms.config, `articles/${article.id}?depth=0&draft=true`, {
        headers: { authorization: `users API-Key ${apiKey}` },
      })
      expect(client.status).toBe(200)
      expect(client.body.title).toBe('Editorial rules')
      expect(client.body).not.toHaveProperty('createdBy')

      const staff = await restCall(desk.cms.config, `articles/${article.id}?depth=0`, {
        headers: desk.editor.headers,
      })
      expect(staff.body.createdBy).toBe(desk.contributor.user?.id)
    })
  })
})
