/**
 * What harnesses outside the app's source may use of its scripts (the benchmark, the fault
 * suite): `@groundwork/web/scripts` in package.json `exports`. Anything else stays private.
 */
export { type AppProcess, startAppProcess } from './appProcess'
export { NO_DATABASE } from './buildIfNeeded'
export { startEmbeddedPostgres } from './embeddedPostgres'
export * from './nginxProfile'
export * from './processTools'
export { type Progress, progressBar } from './progressBar'
export { type RedisServer, startRedisServer } from './redisServer'
export { exited } from './run'
