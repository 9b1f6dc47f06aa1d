import {
  docAccessOperation,
  docAccessOperationGlobal,
  Forbidden,
  type PayloadRequest,
} from 'payload'
import { hasScheduledPublishEnabled } from 'payload/shared'
import { z } from 'zod'
import type { ServerFunctionGuard } from './serverFunctions'

/**
 * `schedule-publish` as Payload 3.90.1 ships it checks only that the caller may open /admin,
 * then queues the publish and deletes any `schedulePublish` job by id with access control off:
 * a contributor cancelled an editor's scheduled publish by guessing its sequential id. Here both
 * need publish permission on the document, asked the way Payload asks before it shows the
 * Publish button: the collection's own `update` access with `{ _status: 'published' }`.
 */

const id = z.union([z.string(), z.number()])
const target = z.object({
  doc: z.object({ relationTo: z.string(), value: id }).optional(),
  global: z.string().optional(),
})
type Target = z.infer<typeof target>
const call = target.extend({ deleteID: id.optional() })
const published = { _status: 'published' }

const mayPublish = async (req: PayloadRequest, { doc, global }: Target): Promise<boolean> => {
  if (doc && !global) {
    const collection =
      req.payload.collections[doc.relationTo as keyof typeof req.payload.collections]
    if (!collection || !hasScheduledPublishEnabled(collection.config)) return false
    return Boolean(
      (await docAccessOperation({ id: doc.value, collection, data: published, req })).update,
    )
  }
  if (global && !doc) {
    const globalConfig = req.payload.config.globals.find(({ slug }) => slug === global)
    if (!globalConfig || !hasScheduledPublishEnabled(globalConfig)) return false
    return Boolean((await docAccessOperationGlobal({ globalConfig, data: published, req })).update)
  }
  return false
}

const sameTarget = (a: Target, b: Target) =>
  a.global === b.global &&
  a.doc?.relationTo === b.doc?.relationTo &&
  String(a.doc?.value) === String(b.doc?.value)

/**
 * The admin cancels with the job's id alone, so the job says which document it publishes; a
 * caller that also names a document must name that one. Deleted here rather than by Payload's
 * handler, which queues an empty publish job after every cancel.
 */
const cancel = async (req: PayloadRequest, deleteID: string | number, named: Target) => {
  // The queue's own table, which no caller may read: the rule is the publish check below.
  const job = await req.payload.db.findOne<{ id: number | string; input?: unknown }>({
    collection: 'payload-jobs',
    where: { and: [{ id: { equals: deleteID } }, { taskSlug: { equals: 'schedulePublish' } }] },
    req,
  })
  const scheduled = target.safeParse(job?.input)
  if (!job || !scheduled.success) throw new Forbidden(req.t)
  const namesAnother = (named.doc || named.global) && !sameTarget(named, scheduled.data)
  if (namesAnother || !(await mayPublish(req, scheduled.data))) throw new Forbidden(req.t)
  await req.payload.delete({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
  return { message: req.t('general:success') }
}

export const schedulePublishChecked: ServerFunctionGuard = async (req, args, next) => {
  const parsed = call.safeParse(args)
  if (!parsed.success) throw new Forbidden(req.t)
  const { deleteID, ...named } = parsed.data
  if (deleteID !== undefined) return cancel(req, deleteID, named)
  if (!(await mayPublish(req, named))) throw new Forbidden(req.t)
  return next(args)
}
