import type { TestProject } from 'vitest/node'
import { startAppProcess } from '../../scripts/lib/appProcess'
import { type ProfilePlan, planProfile } from '../../scripts/lib/nginxProfile'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /**
     * The app's own database (the embedded PostgreSQL it started), for what only the admin's
     * server side can do, such as queueing a scheduled publish. Empty when unknown.
     */
    appDatabaseUrl: string
    /**
     * Where the production profile's nginx (productionProfile.e2e) is to listen, and its refresh
     * token: the app is started knowing them, so it refreshes that proxy when content changes.
     * Null for an app the suite did not start.
     */
    proxyPlan: ProfilePlan | null
    /** The app's build folder, whose cache folders show what serving stored. Empty when unknown. */
    appDistDir: string
  }
}

/**
 * Starts the app exactly as README line 1 does, in its own data and build folders
 * (`scripts/lib/appProcess.ts`).
 */
export default async function setup(project: TestProject) {
  // For iterating on the suite against an app you already run (it changes that app's data).
  // E2E_DATABASE_URL names that app's database, for the tests that queue jobs in it.
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL)
    project.provide('appDatabaseUrl', process.env.E2E_DATABASE_URL ?? '')
    project.provide('proxyPlan', null)
    project.provide('appDistDir', process.env.E2E_DIST_DIR ?? '')
    return
  }
  const proxyPlan = await planProfile()
  const app = await startAppProcess({
    name: 'e2e',
    // The webhook tests' receivers listen on 127.0.0.1, which the app refuses unless told.
    env: { ...proxyPlan.appEnv, WEBHOOKS_ALLOW_PRIVATE_TARGETS: '1' },
  })
  project.provide('proxyPlan', proxyPlan)
  project.provide('baseUrl', app.baseUrl)
  project.provide('appDatabaseUrl', app.databaseUrl)
  project.provide('appDistDir', app.distDir)
  return app.stop
}
