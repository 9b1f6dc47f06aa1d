import type { TestCms } from '../testPayload'
import { type Call, type Identity, idOf, type Outcome } from './call'

/** A call through the Local API with access control on, as the given user. */
export const viaLocal = async (cms: TestCms, who: Identity, call: Call): Promise<Outcome> => {
  const { payload } = cms
  const access = { overrideAccess: false, user: who.user, depth: 0 }
  try {
    switch (call.op) {
      case 'create': {
        const doc = await payload.create({
          collection: call.collection,
          data: call.data as never,
          file: call.upload,
          ...access,
        })
        return { status: 201, id: idOf(doc) }
      }
      case 'read': {
        const doc = await payload.findByID({
          collection: call.collection,
          id: call.id,
          draft: call.draft,
          ...access,
        })
        return { status: 200, id: idOf(doc) }
      }
      case 'update': {
        const doc = await payload.update({
          collection: call.collection,
          id: call.id,
          data: call.data as never,
          draft: call.draft,
          ...access,
        })
        return { status: 200, id: idOf(doc) }
      }
      case 'delete': {
        const doc = await payload.delete({ collection: call.collection, id: call.id, ...access })
        return { status: 200, id: idOf(doc) }
      }
      case 'readGlobal':
        await payload.findGlobal({ slug: call.global, ...access })
        return { status: 200 }
      case 'updateGlobal':
        await payload.updateGlobal({ slug: call.global, data: call.data as never, ...access })
        return { status: 200 }
    }
  } catch (error) {
    const { status, message, name } = error as { status?: unknown; message: string; name: string }
    if (typeof status === 'number') return { status, message, name }
    throw error
  }
}
