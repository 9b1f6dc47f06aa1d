import { expect, it } from 'vitest'
import { describeOutcome, describeOverSurfaces, perform, snapshot } from '../support/rolesSurfaces'

/**
 * The role matrix's rules for a contributor's own articles, once readers can see them: what
 * they made may be saved as a draft, but a published article (or one an editor has a pending
 * draft of) is no longer theirs to publish, change, unpublish or delete, over every surface.
 */
describeOverSurfaces('contributors', (world, surface) => {
  const articles = 'articles' as const
  const published = async () =>
    world.kits.articles.fixture({ self: world.ids.contributor, published: true })

  it('cannot create an article already published', async () => {
    const before = await world.cms.payload.count({ collection: articles })
    const { data } = world.kits.articles.createData()
    const outcome = await perform(world.cms, surface, world.ids.contributor, {
      op: 'create',
      collection: articles,
      data: { ...data, _status: 'published' },
    })
    expect(outcome.status, describeOutcome(outcome)).toBe(403)
    expect((await world.cms.payload.count({ collection: articles })).totalDocs).toBe(
      before.totalDocs,
    )
  })

  it('save their own draft as a draft (autosave), leaving the live row alone', async () => {
    const id = await world.kits.articles.fixture({ self: world.ids.contributor })
    const before = await snapshot(world.cms.payload, articles, id)
    const data = { title: `Autosaved ${Date.now()}` }
    const outcome = await perform(world.cms, surface, world.ids.contributor, {
      op: 'update',
      collection: articles,
      id,
      data,
      draft: true,
    })
    expect(outcome, describeOutcome(outcome)).toMatchObject({ status: 200, id })
    const after = await snapshot(world.cms.payload, articles, id)
    expect(after.latest).toMatchObject({ ...data, _status: 'draft' })
    expect(after.main?.title).toBe(before.main?.title)
  })

  it('cannot delete their own published article', async () => {
    const id = await published()
    const before = await snapshot(world.cms.payload, articles, id)
    const outcome = await perform(world.cms, surface, world.ids.contributor, {
      op: 'delete',
      collection: articles,
      id,
    })
    expect(outcome.status, describeOutcome(outcome)).toBe(403)
    expect(await snapshot(world.cms.payload, articles, id)).toEqual(before)
  })

  it('cannot edit their own published article, not even as a draft', async () => {
    const id = await published()
    const before = await snapshot(world.cms.payload, articles, id)
    for (const draft of [false, true]) {
      const outcome = await perform(world.cms, surface, world.ids.contributor, {
        op: 'update',
        collection: articles,
        id,
        data: { title: `Edited live ${Date.now()}` },
        draft,
      })
      expect(outcome.status, `draft: ${draft} ${describeOutcome(outcome)}`).toBe(403)
    }
    expect(await snapshot(world.cms.payload, articles, id)).toEqual(before)
  })

  it.each([
    { attempt: 'unpublish', op: 'update', data: { _status: 'draft' } },
    { attempt: 'edit', op: 'update', data: { title: 'Contributor edit' } },
    { attempt: 'delete', op: 'delete' },
  ] as const)(
    'cannot $attempt their published article once an editor saved a draft of it',
    async (attempt) => {
      const id = await published()
      // An editor's autosave: a newer draft version on top of the live article.
      await world.cms.payload.update({
        collection: articles,
        id,
        draft: true,
        data: { title: `Editor's pending edit ${Date.now()}` },
        user: world.ids.editor.user,
        context: { disableRevalidate: true },
      })
      const before = await snapshot(world.cms.payload, articles, id)
      expect(before.main?._status).toBe('published')
      expect(before.latest?._status).toBe('draft')
      const outcome = await perform(
        world.cms,
        surface,
        world.ids.contributor,
        attempt.op === 'delete'
          ? { op: 'delete', collection: articles, id }
          : { op: 'update', collection: articles, id, data: attempt.data },
      )
      const after = await snapshot(world.cms.payload, articles, id)
      expect.soft(outcome.status, describeOutcome(outcome)).toBe(403)
      expect.soft(after.main?._status, 'what readers see').toBe('published')
      expect(after).toEqual(before)
    },
  )
})
