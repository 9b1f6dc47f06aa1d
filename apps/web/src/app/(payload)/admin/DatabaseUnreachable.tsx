import { DATABASE_UNREACHABLE } from '@/runtime/database/databaseAnswers'

/**
 * What the admin shows while Postgres cannot be reached: the cause and what to do, instead of
 * Payload's generic "This page couldn't load" with an error number. Server-rendered, so it reads
 * the same with or without the admin's JavaScript.
 */
export const DatabaseUnreachable = () => (
  <main style={{ padding: 'calc(var(--base) * 2)', maxWidth: '40rem' }}>
    <h1>Database unreachable</h1>
    <p>{DATABASE_UNREACHABLE}</p>
    <p>
      Reload this page in a minute. If this lasts, whoever runs the site should check that
      PostgreSQL is running and reachable from the app.
    </p>
  </main>
)
