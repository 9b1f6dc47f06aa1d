import { ALSO_BROWSED_MAX } from '@groundwork/cms'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createArticle, createAuthor, quiet } from '../support/content'
import { startTestCms, type TestCms } from '../support/testPayload'

describe('also browsed picks', () => {
  let cms: TestCms
  let author: number
  beforeAll(async () => {
    cms = await startTestCms()
    author = (await createAuthor(cms.payload, 'Fay Kim')).id
  })
  afterAll(() => cms.payload.destroy())

  it('refuses an article that lists itself, with a message that says why', async () => {
    const article = await createArticle(cms.payload, { title: 'Self', authors: [author] })
    const save = cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { alsoBrowsed: [article.id] },
      context: quiet,
    })
    await expect(save).rejects.toMatchObject({
      data: {
        errors: [{ path: 'alsoBrowsed', message: expect.stringMatching(/cannot list itself/) }],
      },
    })
    const stored = await cms.payload.findByID({ collection: 'articles', id: article.id, depth: 0 })
    expect(stored.alsoBrowsed ?? []).toEqual([])
  })

  it('keeps the editor’s order and refuses more than the maximum', async () => {
    const others = []
    for (let i = 0; i <= ALSO_BROWSED_MAX; i++) {
      others.push((await createArticle(cms.payload, { title: `Other ${i}`, authors: [author] })).id)
    }
    const article = await createArticle(cms.payload, { title: 'Picker', authors: [author] })
    const order = [others[2], others[0], others[1]] as number[]
    const saved = await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { alsoBrowsed: order },
      depth: 0,
      context: quiet,
    })
    expect(saved.alsoBrowsed).toEqual(order)
    const tooMany = cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { alsoBrowsed: others },
      context: quiet,
    })
    await expect(tooMany).rejects.toMatchObject({
      data: { errors: [{ path: 'alsoBrowsed', message: expect.stringMatching(/at most 6/) }] },
    })
  })
})
