import type { TestProject } from 'vitest/node'
import { startAppProcess } from '../../scripts/lib/appProcess'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    /**
     * The app's own database (the embedded PostgreSQL it started), for what only the admin's
     * server side can do, such as queueing a scheduled publish. Empty when unknown.
     */
    appDatabaseUrl: string
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
    return
  }
  const app = await startAppProcess({ name: 'e2e' })
  project.provide('baseUrl', app.baseUrl)
  project.provide('appDatabaseUrl', app.databaseUrl)
  return app.stop
}
