// First: Next's server sets this up before anything else, or its request storage is a stub.
import 'next/dist/server/node-environment-baseline.js'
import { register } from 'node:module'
import type { Identity } from './rolesSurfaces'
import type { TestCms } from './testPayload'

/**
 * Calls the admin's server functions the way the layout does (`handleAdminServerFunction`,
 * which hands over to Payload's `handleServerFunctions`), inside a real Next request scope, so
 * Payload's own `headers()` reads the same caller our checks read.
 */

// Payload's admin modules import their stylesheets and icons, which only a bundler can load;
// Node gets empty stand-ins (stylesheets) or the file's address (images).
const assetLoader = `export async function load(url, context, nextLoad) {
  const path = new URL(url).pathname
  if (/\\.s?css$/.test(path)) return { format: 'module', source: '', shortCircuit: true }
  if (/\\.(svg|png|jpe?g|ico|woff2?)$/.test(path))
    return { format: 'module', source: 'export default ' + JSON.stringify(url), shortCircuit: true }
  return nextLoad(url, context)
}`
register(`data:text/javascript,${encodeURIComponent(assetLoader)}`)

/** What Next sets up before it runs a server action: a work store and a request store. */
const inNextRequest = async <T>(headers: Headers, run: () => Promise<T>): Promise<T> => {
  const [requestStores, workStores, { workAsyncStorage }, units, { getImplicitTags }] =
    await Promise.all([
      import('next/dist/server/async-storage/request-store.js'),
      import('next/dist/server/async-storage/work-store.js'),
      import('next/dist/server/app-render/work-async-storage.external.js'),
      import('next/dist/server/app-render/work-unit-async-storage.external.js'),
      import('next/dist/server/lib/implicit-tags.js'),
    ])
  const page = '/admin/[[...segments]]/page'
  const url = new URL('http://localhost:3000/admin')
  const request = requestStores.createRequestStoreForAPI(
    // Next reads only the headers of the incoming request here.
    { headers } as never,
    url,
    await getImplicitTags(page, url.pathname, null),
    undefined,
    undefined,
    undefined,
  )
  // The options a server action's work store needs; the rest only matter to rendering.
  const work = workStores.createWorkStore({
    page,
    renderOpts: { experimental: {} },
    deploymentId: 'test',
    previouslyRevalidatedTags: [],
  } as never)
  return workAsyncStorage.run(work, () => units.workUnitAsyncStorage.run(request, run))
}

export const callServerFunction = async (
  cms: TestCms,
  who: Identity,
  name: string,
  args: Record<string, unknown>,
): Promise<unknown> => {
  const [{ handleAdminServerFunction }, { importMap }] = await Promise.all([
    import('@/admin/serverFunctions'),
    import('@/app/(payload)/admin/importMap.js'),
  ])
  const headers = new Headers(who.headers)
  return inNextRequest(headers, () =>
    handleAdminServerFunction({ name, args, config: cms.config, importMap, headers }),
  )
}
