import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { repoRoot } from '../../src/runtime/env'

/** The git-ignored folder for local state: embedded Postgres data, generated secrets, media. */
export const dataDir = path.resolve(process.env.GROUNDWORK_DATA_DIR || path.join(repoRoot, '.data'))

const secretsSchema = z.object({
  payloadSecret: z.string().min(32),
  postgresPassword: z.string().min(16),
})
export type LocalSecrets = z.infer<typeof secretsSchema>

/** Generated once on first start and kept, so sessions and the database survive restarts. */
export const localSecrets = (): LocalSecrets => {
  const file = path.join(dataDir, 'secrets.json')
  if (fs.existsSync(file)) {
    const parsed = secretsSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')))
    if (parsed.success) return parsed.data
    throw new Error(`${file} is not valid: delete it only together with ${dataDir}/postgres`)
  }
  const secrets = {
    payloadSecret: randomBytes(32).toString('hex'),
    postgresPassword: randomBytes(18).toString('base64url'),
  }
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o755 })
  fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 })
  return secrets
}
