import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GRAPHQL_POST } from '@/http/routes'
import { tinyPng } from '../support/badInputCases'
import { describeAnswer, errorMessages, rest } from '../support/badInputHttp'
import { createArticle, createAuthor, quiet } from '../support/content'
import { staffIdentity } from '../support/rolesSurfaces'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * Issue 19, item 12: errors that said too much or the wrong thing. A file that does not exist
 * is a 404, not a 500; GraphQL in production does not guess at field names for strangers.
 */
describe('the API’s error answers', () => {
  let cms: TestCms
  let stored = ''

  beforeAll(async () => {
    cms = await startTestCms()
    const png = tinyPng()
    const media = await cms.payload.create({
      collection: 'media',
      data: { alt: 'A red square' },
      file: { data: png, mimetype: 'image/png', name: 'red-square.png', size: png.length },
      context: quiet,
    })
    stored = media.filename ?? ''
    // Used by published content: public whatever rule media follow.
    const author = await createAuthor(cms.payload, 'Ada File')
    const article = await createArticle(cms.payload, { title: 'Square', authors: [author.id] })
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { heroImage: media.id },
      context: quiet,
    })
  })
  afterAll(() => cms.payload.destroy())

  it('answers a media file that does not exist with 404 and the usual error shape', async () => {
    // Anonymous callers reach Payload's access check; staff go straight to the disk.
    const editor = await staffIdentity(cms.payload, 'editor', 'editor')
    for (const headers of [{}, editor.headers]) {
      for (const name of ['no-such-file.png', 'no%00such.png', 'a%01b.png', '%00', 'x%0A.png']) {
        const answer = await rest(cms.config, `media/file/${name}`, { headers })
        expect(answer.status, `${name}: ${describeAnswer(answer)}`).toBe(404)
        expect(errorMessages(answer), name).toEqual(['Not Found'])
      }
      const found = await rest(cms.config, `media/file/${encodeURIComponent(stored)}`, { headers })
      expect(found.status, describeAnswer(found)).toBe(200)
      expect(found.contentType).toBe('image/png')
    }
  })

  const misspelled = async (production: boolean) => {
    const response = await GRAPHQL_POST(cms.config, { production })(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Articles(limt: 1) { docs { titel } } }' }),
      }),
    )
    const body = (await response.json()) as { errors?: { message: string }[] }
    return (body.errors ?? []).map((error) => error.message)
  }

  it('suggests field names in development only', async () => {
    const development = await misspelled(false)
    expect(development.join('\n')).toContain('Did you mean "title"?')
    const production = await misspelled(true)
    expect(production).toEqual([
      'Unknown argument "limt" on field "Query.Articles".',
      'Cannot query field "titel" on type "Article".',
    ])
  })
})
