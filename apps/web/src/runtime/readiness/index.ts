import type { ReadinessCheck } from './check'
import { postgresCheck } from './postgres'
import { redisCheck } from './redis'
import { s3Ready } from './s3'

export {
  CHECK_TIMEOUT_MS,
  checkReadiness,
  describeFailure,
  type Readiness,
  type ReadinessCheck,
  sharedReadiness,
} from './check'

/**
 * What `/readyz` checks, each only where its service is configured. A new service is one more
 * entry: a `ReadinessCheck`, or a function answering null or what is wrong, as the bucket's.
 */
export const readinessChecks: ReadinessCheck[] = [
  postgresCheck,
  redisCheck,
  // s3Ready gives up after 3 s with its own, more precise words.
  {
    name: 's3',
    appliesTo: (env) => env.S3_BUCKET !== undefined,
    problem: s3Ready,
    timeoutMs: 3500,
  },
]
