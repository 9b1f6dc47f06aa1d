import type { Migration } from 'payload'
import { migrations as generated } from './migrations'

/**
 * The generated migration list, typed as Payload's `migrate()` and `prodMigrations` take it
 * (they declare their arguments `unknown`; the generated files declare them precisely).
 */
export const migrations = generated as unknown as Migration[]
