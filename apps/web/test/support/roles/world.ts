import { afterAll, beforeAll, describe } from 'vitest'
import { later } from '../later'
import type { CollectionTarget } from '../roleMatrix'
import type { Json } from '../routes'
import { startTestCms, type TestCms } from '../testPayload'
import { type Surface, surfaces } from './call'
import { createIdentities, type Identities } from './identities'
import { buildKits, createShared, type Kit } from './kits'

/** What the role-matrix files run against: the CMS, one caller per role, a kit per collection. */
export type RoleWorld = { cms: TestCms; ids: Identities; kits: Record<CollectionTarget, Kit> }

/**
 * Makes the role matrix's world before the calling file's tests and ends it after them, leaving
 * the site settings as they were: the int files share one database. Read its fields inside a
 * test or hook, once it is made.
 */
export const useRoleWorld = (): RoleWorld => {
  const world = later<RoleWorld>('The role matrix world')
  let siteBefore: Json = {}
  beforeAll(async () => {
    const cms = await startTestCms()
    const ids = await createIdentities(cms.payload)
    const kits = buildKits(cms.payload, ids, await createShared(cms.payload, ids))
    siteBefore = (await cms.payload.findGlobal({ slug: 'site', depth: 0 })) as unknown as Json
    world.set({ cms, ids, kits })
  })
  afterAll(async () => {
    const payload = world.ifMade()?.cms.payload
    await payload?.updateGlobal({
      slug: 'site',
      data: { name: siteBefore.name as string },
      context: { disableRevalidate: true },
    })
    await payload?.destroy()
  })
  return world.fields(['cms', 'ids', 'kits'])
}

/**
 * `role matrix > over <surface> > <title>` for each surface, in a world of the calling file's
 * own: the names these rules had when the whole matrix was one file.
 */
export const describeOverSurfaces = (
  title: string,
  cases: (world: RoleWorld, surface: Surface) => void,
) =>
  describe('role matrix', () => {
    const world = useRoleWorld()
    describe.each(surfaces)('over %s', (surface) => {
      describe(title, () => cases(world, surface))
    })
  })
