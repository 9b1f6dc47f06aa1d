import { handleServerFunctions } from '@payloadcms/next/layouts'
import {
  canAccessAdmin,
  createLocalReq,
  executeAuthStrategies,
  getPayload,
  type ImportMap,
  type PayloadRequest,
  type SanitizedConfig,
  type ServerFunctionClientArgs,
} from 'payload'
import { lockOnlyWhatCallerMayEdit } from './serverFunctionsFormState'
import { schedulePublishChecked } from './serverFunctionsSchedulePublish'

/**
 * The admin's server functions: Payload's `handleServerFunctions` behind the checks Payload
 * 3.90.1 leaves out (docs/architecture.md, "Admin server functions").
 *
 * - Every function serves the admin, so a caller who may not open /admin (anonymous, `api`
 *   keys) gets none: `render-document-slots` checked nobody, and `slugify`, `render-widget` and
 *   `get-default-layout` let any signed-in account in.
 * - `schedule-publish` deletes jobs and queues publishes with access control off: it now needs
 *   publish permission on the document (see serverFunctionsSchedulePublish.ts).
 * - `form-state` writes edit locks straight to the database: it now locks only documents the
 *   caller may edit (see serverFunctionsFormState.ts).
 */

export type AdminServerFunctionArgs = ServerFunctionClientArgs & {
  config: Promise<SanitizedConfig>
  importMap: ImportMap
  /** The request's headers (the layout passes `await headers()`): who is calling. */
  headers: Headers
}

export type CallerArgs = Record<string, unknown>
/** Checks one function's call, then hands the (possibly narrowed) arguments to Payload. */
export type ServerFunctionGuard = (
  req: PayloadRequest,
  args: CallerArgs,
  next: (args: CallerArgs) => Promise<unknown>,
) => Promise<unknown>

const guards: Record<string, ServerFunctionGuard> = {
  'form-state': lockOnlyWhatCallerMayEdit,
  'schedule-publish': schedulePublishChecked,
}

/** The caller as the admin sees it: the auth strategies Payload's own `initReq` runs. */
const callerRequest = async ({ config, importMap, headers }: AdminServerFunctionArgs) => {
  const payload = await getPayload({ config, cron: true, importMap })
  const { user } = await executeAuthStrategies({ headers, payload })
  return createLocalReq({ req: { headers }, user: user ?? undefined }, payload)
}

export const handleAdminServerFunction = async (call: AdminServerFunctionArgs) => {
  const req = await callerRequest(call)
  await canAccessAdmin({ req })
  const { config, importMap, name } = call
  const next = (args: CallerArgs) => handleServerFunctions({ config, importMap, name, args })
  const guard = guards[name]
  return guard ? guard(req, call.args, next) : next(call.args)
}
