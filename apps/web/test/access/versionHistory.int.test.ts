import { describe, expect, it } from 'vitest'
import { callers } from '../support/roleMatrix'
import { graphqlAs, type Identity, surfaces, useRoleWorld } from '../support/rolesSurfaces'
import { restCall } from '../support/routes'

/**
 * Articles' version history holds every draft ever saved: it is for staff only, and every other
 * caller is refused, over REST, GraphQL and the Local API.
 */
describe('role matrix', () => {
  const world = useRoleWorld()

  describe('version history', () => {
    const history = (who: Identity) => ({
      rest: async () =>
        (await restCall(world.cms.config, 'articles/versions?limit=1', { headers: who.headers }))
          .status,
      graphql: async () => {
        const result = await graphqlAs(world.cms, '{ versionsArticles(limit: 1) { totalDocs } }', {
          headers: who.headers,
        })
        return result.errors?.[0]?.extensions?.statusCode ?? 200
      },
      local: async () => {
        try {
          await world.cms.payload.findVersions({
            collection: 'articles',
            limit: 1,
            overrideAccess: false,
            user: who.user,
          })
          return 200
        } catch (error) {
          return (error as { status?: number }).status
        }
      },
    })
    it.each(surfaces.flatMap((surface) => callers.map((caller) => ({ surface, caller }))))(
      'is for staff only: $caller over $surface',
      async ({ surface, caller }) => {
        const staff = ['contributor', 'editor', 'admin'].includes(caller)
        expect(await history(world.ids[caller])[surface]()).toBe(staff ? 200 : 403)
      },
    )
  })
})
