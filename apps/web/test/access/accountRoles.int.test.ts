import { expect, it } from 'vitest'
import {
  describeOutcome,
  describeOverSurfaces,
  type Identity,
  perform,
  staffIdentity,
} from '../support/rolesSurfaces'

/**
 * Who may change an account's role, over every surface: staff cannot raise their own (field
 * access drops the change without failing the save); an admin changes anyone's, its own too.
 */
describeOverSurfaces('roles of accounts', (world, surface) => {
  /** `who` saves account `id` with `role`: the save succeeds; answers the role then stored. */
  const saveRole = async (who: Identity, id: number, role: string) => {
    const outcome = await perform(world.cms, surface, who, {
      op: 'update',
      collection: 'users',
      id,
      data: { role },
    })
    expect(outcome, describeOutcome(outcome)).toMatchObject({ status: 200, id })
    return (await world.cms.payload.findByID({ collection: 'users', id, depth: 0 })).role
  }

  it.each(['contributor', 'editor'] as const)('%s cannot change its own role', async (caller) => {
    const who = world.ids[caller]
    // Field access drops the change without failing the save.
    expect(await saveRole(who, who.user?.id as number, 'admin')).toBe(caller)
  })

  it('admin changes the role of another account and its own', async () => {
    const other = await world.kits.users.fixture({})
    expect(await saveRole(world.ids.admin, other, 'editor')).toBe('editor')

    const admin = await staffIdentity(world.cms.payload, 'admin', 'admin')
    expect(await saveRole(admin, admin.user?.id as number, 'editor')).toBe('editor')
  })
})
