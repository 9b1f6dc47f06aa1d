import fs from 'node:fs'
import path from 'node:path'
import { buildCmsConfig, type CmsOptions, type ContentChange } from '@groundwork/cms'
import { migrations } from '@groundwork/cms/migrations'
import { getPayload, type Payload, type SanitizedConfig } from 'payload'
import { inject } from 'vitest'
import { authAttemptLimiter } from '@/http/rateLimit/authAttempts'

export type TestCms = {
  payload: Payload
  config: Promise<SanitizedConfig>
  /** Every change the CMS reported to the app, in order. */
  changes: ContentChange[]
}

/**
 * Payload on the suite's fresh database, migrated, with change reports recorded. `options` are
 * what the file's own setup needs, e.g. webhook receivers on 127.0.0.1 (`webhookTargets`) or
 * media in a bucket (`mediaStorage`).
 */
export const startTestCms = async (
  options: Partial<
    Pick<CmsOptions, 'webhookTargets' | 'mediaStorage' | 'databaseUrl' | 'databaseReplicaUrls'>
  > = {},
): Promise<TestCms> => {
  const changes: ContentChange[] = []
  const config = buildCmsConfig({
    databaseUrl: inject('databaseUrl'),
    secret: 'integration-tests-only-secret-0123456789',
    serverUrl: 'http://localhost:3000',
    mediaDir: fs.mkdtempSync(path.join(inject('mediaRoot'), 'media-')),
    importMapBaseDir: path.resolve(import.meta.dirname, '../../src'),
    runJobs: false,
    onContentChange: (change) => {
      changes.push(change)
    },
    // Trusting X-Real-IP lets a test be a caller of its own, with budgets of its own.
    authAttempts: authAttemptLimiter({ trustProxy: true }),
    ...options,
  })
  const payload = await getPayload({ config })
  await payload.db.migrate({ migrations })
  return { payload, config, changes }
}

let counter = 0
/** Slugs unique across the run, so tests sharing the database never collide. */
export const uniqueSlug = (base: string) =>
  `${base}-${process.pid}-${Date.now().toString(36)}-${++counter}`
