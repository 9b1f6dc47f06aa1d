import { inject } from 'vitest'

/** What the fault suite's global setup hands to every test file. */
export type FaultsContext = {
  /** The app's environment, as `npm start` would run `next start` (database, secret, port, build). */
  appEnv: Record<string, string>
  baseUrl: string
  /** The suite's own PostgreSQL; tests read rows here directly. */
  databaseUrl: string
  /** The Postgres keeper's control address (`POST /stop`, `POST /start`). */
  postgresControl: string
  /** Scratch folder of this run: logs, the running app's pid, the tally. */
  runDir: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    faults: FaultsContext
  }
}

export const faultsContext = (): FaultsContext => inject('faults')
