import { defineConfig } from 'vitest/config'
import { appAliases } from './vitest.aliases'

/**
 * `unit` checks pure code. The other suites use real parts: `int` talks to a fresh PostgreSQL
 * through Payload's Local API and route handlers; `e2e` starts the app as `npm start` does and
 * drives Debian's Chromium.
 */
export default defineConfig({
  resolve: { alias: appAliases },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.unit.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/databaseSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/appSetup.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
