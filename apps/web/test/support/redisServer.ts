/** The harness's Redis (scripts/lib/redisServer.ts, shared with the benchmark). */
export { REDIS_SERVER, type RedisServer, startRedisServer } from '../../scripts/lib/redisServer'
