import { defineConfig } from 'vitest/config'
import { appAliases } from './vitest.aliases'

/**
 * `npm run test:cluster`: two `serve` instances of one build behind nginx, on a PostgreSQL
 * primary with a streaming replica, Redis and an S3 bucket, all started on free ports by
 * test/cluster/support/clusterSetup.ts. Not part of `npm test`: it builds the app and runs every
 * engine at once (several minutes on 2 cores), and its tests measure.
 */
export default defineConfig({
  resolve: { alias: appAliases },
  test: {
    name: 'cluster',
    include: ['test/cluster/**/*.cluster.test.ts'],
    environment: 'node',
    globalSetup: ['test/cluster/support/clusterSetup.ts'],
    testTimeout: 300_000,
    hookTimeout: 900_000,
    // One cluster for every file, whose faults (a killed instance, a stopped Redis) are shared.
    fileParallelism: false,
  },
})
