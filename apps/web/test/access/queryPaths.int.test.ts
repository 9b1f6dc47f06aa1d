import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REST_PATCH } from '@/http/routes'
import type { Caller } from '../support/roleMatrix'
import {
  buildKits,
  createIdentities,
  createShared,
  graphqlAs,
  type Identities,
  type Kit,
} from '../support/rolesSurfaces'
import { restCall } from '../support/routes'
import { startTestCms, type TestCms } from '../support/testPayload'

/**
 * A filter or a sort through a relation tells what the related document holds: `like` on
 * `createdBy.email` spells out a colleague's email letter by letter. Paths into a collection the
 * caller may not read in full are refused on every surface, in draft mode too; paths into what
 * everyone reads (topics, authors) keep working.
 */

const asked = (where: string) => `articles?${where}&depth=0&limit=1`

describe('queries through relations', () => {
  let cms: TestCms
  let ids: Identities
  let articles: Kit
  let adminEmail: string

  beforeAll(async () => {
    cms = await startTestCms()
    ids = await createIdentities(cms.payload)
    articles = buildKits(cms.payload, ids, await createShared(cms.payload, ids)).articles
    adminEmail = ids.admin.user?.email as string
    // An article the admin started: what the oracle would find.
    await articles.fixture({ self: ids.admin, published: true })
  })
  afterAll(async () => {
    await cms?.payload.destroy()
  })

  const probes = (email: string) => [
    `where[createdBy.email][like]=${encodeURIComponent(email)}`,
    `where[or][0][createdBy.email][equals]=${encodeURIComponent(email)}`,
    `where[createdBy.role][equals]=admin`,
    'sort=createdBy.email',
  ]

  const others: Caller[] = ['api', 'contributor', 'editor']

  describe.each(['', '&draft=true'])('over REST%s', (draft) => {
    it.each(others.flatMap((caller) => probes('admin').map((probe) => ({ caller, probe }))))(
      '$caller is refused: $probe',
      async ({ caller, probe }) => {
        const answer = await restCall(
          cms.config,
          asked(probe.replace('admin', adminEmail)) + draft,
          {
            headers: ids[caller].headers,
          },
        )
        expect(answer.status, JSON.stringify(answer.body)).toBe(400)
        expect(answer.body.docs).toBeUndefined()
      },
    )

    it('admins, who read every account, may filter by it', async () => {
      const answer = await restCall(
        cms.config,
        asked(`where[createdBy.email][equals]=${encodeURIComponent(adminEmail)}`) + draft,
        { headers: ids.admin.headers },
      )
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.body.totalDocs).toBeGreaterThan(0)
    })

    it('filters through what everyone reads still work, for readers too', async () => {
      const answer = await restCall(cms.config, asked('where[authors.name][like]=Matrix') + draft, {
        headers: draft ? ids.api.headers : {},
      })
      expect(answer.status, JSON.stringify(answer.body)).toBe(200)
      expect(answer.body.totalDocs).toBeGreaterThan(0)
    })
  })

  it.each(['contributor', 'editor'] as const)(
    'the version history refuses %s a filter on who wrote a version',
    async (caller) => {
      const answer = await restCall(
        cms.config,
        `articles/versions?where[version.createdBy.email][like]=${encodeURIComponent(adminEmail)}&limit=1`,
        { headers: ids[caller].headers },
      )
      expect(answer.status, JSON.stringify(answer.body)).toBe(400)
    },
  )

  it('a bulk draft save cannot use one as its filter either', async () => {
    const answer = await restCall(
      cms.config,
      `articles?where[createdBy.email][like]=${encodeURIComponent(adminEmail)}&draft=true`,
      {
        method: 'PATCH',
        handler: REST_PATCH,
        headers: { ...ids.contributor.headers, 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Probe' }),
      },
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(400)
  })

  it.each([false, true])('GraphQL refuses it too (draft: %s)', async (draft) => {
    const result = await graphqlAs(
      cms,
      `{ Articles(draft: ${draft}, where: { createdBy__email: { like: "${adminEmail}" } }) { totalDocs } }`,
      { headers: ids.editor.headers },
    )
    // The schema may not even offer the path; either way nothing is counted.
    expect(result.data?.Articles ?? null, JSON.stringify(result)).toBeNull()
    expect(result.errors?.length).toBeGreaterThan(0)
  })

  it('the Local API with access control on refuses it', async () => {
    const find = cms.payload.find({
      collection: 'articles',
      where: { 'createdBy.email': { like: adminEmail } },
      draft: true,
      overrideAccess: false,
      user: ids.contributor.user,
    })
    await expect(find).rejects.toMatchObject({ status: 400 })
  })
})
