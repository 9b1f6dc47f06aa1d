import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { body, createArticle, createAuthor } from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

/** The CMS tells the app about every change a reader could see, and only those. */
describe('content change reports', () => {
  let cms: TestCms
  let author: number
  beforeAll(async () => {
    cms = await startTestCms()
    author = (await createAuthor(cms.payload, 'Gil Ames')).id
  })
  beforeEach(() => {
    cms.changes.length = 0
  })
  afterAll(() => cms.payload.destroy())

  it('reports publish, edits of published work, unpublish and delete, with the slugs', async () => {
    const article = await createArticle(
      cms.payload,
      { title: 'Draft', authors: [author], status: 'draft' },
      {},
    )
    expect(cms.changes).toEqual([])

    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { _status: 'published' },
    })
    expect(cms.changes.at(-1)).toMatchObject({
      source: 'articles',
      id: article.id,
      operation: 'publish',
    })

    const renamed = `${article.slug}-renamed`
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: renamed, _status: 'published' },
    })
    expect(cms.changes.at(-1)).toMatchObject({
      operation: 'update',
      slugs: [article.slug, renamed],
    })

    await cms.payload.update({ collection: 'articles', id: article.id, data: { _status: 'draft' } })
    expect(cms.changes.at(-1)).toMatchObject({ operation: 'unpublish' })

    await cms.payload.delete({ collection: 'articles', id: article.id })
    expect(cms.changes.at(-1)).toMatchObject({ operation: 'delete', slugs: [renamed] })
  })

  it('stays quiet for a draft saved over published work, which readers do not see', async () => {
    const article = await createArticle(cms.payload, { title: 'Live', authors: [author] }, {})
    cms.changes.length = 0
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      draft: true,
      data: { title: 'Work in progress', body: body({ p: 'Not yet.' }) },
    })
    expect(cms.changes).toEqual([])
  })

  it('reports author and site edits', async () => {
    await cms.payload.update({ collection: 'authors', id: author, data: { jobTitle: 'Editor' } })
    await cms.payload.updateGlobal({ slug: 'site', data: { name: 'Renamed' } })
    expect(cms.changes).toEqual([
      { source: 'authors', id: author, operation: 'update', slugs: expect.any(Array) },
      { source: 'site', operation: 'update' },
    ])
  })
})
