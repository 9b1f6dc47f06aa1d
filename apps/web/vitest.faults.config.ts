import { defineConfig } from 'vitest/config'
import { appAliases } from './vitest.aliases'

/**
 * `npm run test:faults`: what the app does when things break, against the real build and a real
 * PostgreSQL the suite stops, starts and kills under it. Not part of `npm test`: it builds the
 * app once and restarts it several times (several minutes on 2 cores).
 */
export default defineConfig({
  resolve: { alias: appAliases },
  test: {
    name: 'faults',
    include: ['test/faults/**/*.faults.test.ts'],
    environment: 'node',
    globalSetup: ['test/faults/support/faultsSetup.ts'],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    // The files share one app port and one PostgreSQL, which they stop and kill.
    fileParallelism: false,
  },
})
