import fs from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestCms, type TestCms } from '../support/testPayload'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}
type DrizzleAdapter = { schema: unknown; migrationDir: string; requireDrizzleKit: () => DrizzleKit }

/**
 * The schema changes only by committed migrations. What `payload migrate:create` would write for
 * the current config must be nothing: a field added without its migration fails here, in CI,
 * instead of on a production start.
 */
describe('migrations', () => {
  let cms: TestCms
  beforeAll(async () => {
    cms = await startTestCms()
  })
  afterAll(() => cms.payload.destroy())

  it('are in sync with the config: a new migration would be empty', async () => {
    const db = cms.payload.db as unknown as DrizzleAdapter
    const { generateDrizzleJson, generateMigration, upSnapshot } = db.requireDrizzleKit()
    const snapshots = fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
    const latest = snapshots.at(-1)
    expect(latest, 'no migration snapshot found').toBeDefined()
    const after = await generateDrizzleJson(db.schema)
    let before = JSON.parse(fs.readFileSync(path.join(db.migrationDir, latest ?? ''), 'utf8'))
    if (upSnapshot && before.version < after.version) before = upSnapshot(before)
    const pending = await generateMigration(before, after)
    expect(pending, `run: npm run migrate:create -w @groundwork/web -- <name>`).toEqual([])
  })
})
