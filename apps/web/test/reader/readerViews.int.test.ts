import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { noCache, type QueryDeps } from '@/queries/cache'
import { getArticleListView } from '@/queries/views/articleListView'
import { getArticleView } from '@/queries/views/articleView'
import { getAuthorView } from '@/queries/views/authorView'
import { getHomeView } from '@/queries/views/homeView'
import { getTopicView } from '@/queries/views/topicView'
import { createArticle, createAuthor, createTopic, quiet } from '../support/content'
import { startTestCms, type TestCms, uniqueSlug } from '../support/testPayload'

/**
 * Each reader route makes one query of its raw params and switches on the answer: found, moved
 * (a renamed article) or missing. Params a route cannot have come from are missing too.
 */
describe('the reader views', () => {
  let cms: TestCms
  let deps: QueryDeps
  beforeAll(async () => {
    cms = await startTestCms()
    deps = { payload: cms.payload, cached: noCache }
  })
  afterAll(() => cms.payload.destroy())

  it('answer an article found, moved after a rename, or missing', async () => {
    const author = await createAuthor(cms.payload, 'Ana Reyes')
    const article = await createArticle(cms.payload, { title: 'First steps', authors: [author.id] })
    const view = await getArticleView(deps, { slug: article.slug })
    expect(view.kind).toBe('found')
    if (view.kind !== 'found') return
    expect(view.model.article.title).toBe('First steps')
    expect(view.model.siteName).toEqual(expect.any(String))
    expect(view.model.preview).toBe(false)

    const renamed = uniqueSlug('renamed')
    await cms.payload.update({
      collection: 'articles',
      id: article.id,
      data: { slug: renamed },
      context: quiet,
    })
    expect(await getArticleView(deps, { slug: article.slug })).toEqual({
      kind: 'moved',
      slug: renamed,
    })
    for (const params of [{ slug: 'no-such-article' }, { slug: 5 }, {}, null])
      expect(await getArticleView(deps, params), JSON.stringify(params)).toEqual({
        kind: 'missing',
      })
  })

  it('answer lists, topics and authors that exist, and nothing for pages that do not', async () => {
    const author = await createAuthor(cms.payload, 'Ben Ortiz')
    const topic = await createTopic(cms.payload, 'Sleep')
    await createArticle(cms.payload, { title: 'Rest', authors: [author.id], topics: [topic.id] })
    const kinds = async (views: Promise<{ kind: string }>[]) =>
      (await Promise.all(views)).map((view) => view.kind)

    expect(
      await kinds([
        getHomeView(deps, { view: 'latest' }),
        getArticleListView(deps, { n: '1' }),
        getTopicView(deps, { slug: topic.slug }),
        getAuthorView(deps, { slug: author.slug }),
      ]),
    ).toEqual(['found', 'found', 'found', 'found'])
    expect(
      await kinds([
        getHomeView(deps, { view: 'oldest' }),
        getArticleListView(deps, { n: '9999' }),
        getArticleListView(deps, { n: '2abc' }),
        getTopicView(deps, { slug: topic.slug, n: '2' }),
        getTopicView(deps, { slug: 'no-such-topic' }),
        getAuthorView(deps, { slug: 'no-such-author' }),
      ]),
    ).toEqual(['missing', 'missing', 'missing', 'missing', 'missing', 'missing'])
  })
})
