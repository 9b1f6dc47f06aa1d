import { afterAll, beforeAll, beforeEach } from 'vitest'
import { body, createAuthor, quiet } from './content'
import { later } from './later'
import { type Identity, staffIdentity } from './rolesSurfaces'
import type { Json } from './routes'
import { startTestCms, type TestCms, uniqueSlug } from './testPayload'

/**
 * What the editorial-rule files stand on: the CMS with its change reports, an admin, an editor
 * and a contributor signed in, an author and a medical reviewer, and the saves the admin makes
 * (drafts, publishes) with access control on. The int files share one database: the review
 * period is put back as it was.
 */

type Made = {
  cms: TestCms
  admin: Identity
  editor: Identity
  contributor: Identity
  /** An author, and an author with credentials who reviews. */
  author: number
  reviewer: number
}

const articles = 'articles' as const

/** Registers the desk's setup in the calling file; read its fields inside tests and hooks. */
export const useEditorialDesk = () => {
  const state = later<Made>('The editorial desk')
  const desk = state.made
  let periodBefore = 12
  beforeAll(async () => {
    const cms = await startTestCms()
    // The first account of a site becomes its admin: make that the admin.
    const admin = await staffIdentity(cms.payload, 'admin', 'admin')
    const editor = await staffIdentity(cms.payload, 'editor', 'editor')
    const contributor = await staffIdentity(cms.payload, 'contributor', 'contributor')
    const author = (await createAuthor(cms.payload, 'Noor Vale')).id
    const reviewer = (await createAuthor(cms.payload, 'Lee Park', { credentials: 'MD' })).id
    periodBefore = (await cms.payload.findGlobal({ slug: 'site' })).reviewPeriodMonths
    state.set({ cms, admin, editor, contributor, author, reviewer })
  })
  beforeEach(() => {
    desk().cms.changes.length = 0
  })
  afterAll(async () => {
    const payload = state.ifMade()?.cms.payload
    await payload?.updateGlobal({
      slug: 'site',
      data: { reviewPeriodMonths: periodBefore },
      context: quiet,
    })
    await payload?.destroy()
  })
  const payload = () => desk().cms.payload
  return Object.assign(
    state.fields(['cms', 'admin', 'editor', 'contributor', 'author', 'reviewer']),
    {
      /** A new draft, saved as the editor (or `as`) saves in /admin. */
      draft: (data: Json = {}, as: Identity = desk().editor) =>
        payload().create({
          collection: articles,
          draft: true,
          data: {
            title: 'Editorial rules',
            slug: uniqueSlug('editorial'),
            body: body({ p: 'Text.' }),
            authors: [desk().author],
            _status: 'draft',
            ...data,
          },
          overrideAccess: false,
          user: as.user,
        }),
      /** A publish by the editor, with access control on. */
      publish: (id: number, data: Json = {}) =>
        payload().update({
          collection: articles,
          id,
          data: { ...data, _status: 'published' },
          overrideAccess: false,
          user: desk().editor.user,
        }),
      /** What readers see, and the newest draft. */
      live: (id: number) => payload().findByID({ collection: articles, id, depth: 0 }),
      latest: (id: number) =>
        payload().findByID({ collection: articles, id, depth: 0, draft: true }),
      /** The change reports about one article since the test began. */
      reportsFor: (id: number) =>
        desk().cms.changes.filter((change) => change.source === 'articles' && change.id === id),
    },
  )
}
