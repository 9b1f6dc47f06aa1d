/**
 * What other workspaces (the benchmark) may use of the app's scripts: `@groundwork/web/scripts`
 * in package.json `exports`. Anything not named here stays private to the app.
 */
export { type AppProcess, startAppProcess } from './appProcess'
export { NO_DATABASE } from './buildIfNeeded'
export { startEmbeddedPostgres } from './embeddedPostgres'
export * from './nginxProfile'
export { type Progress, progressBar } from './progressBar'
export { exited } from './run'
