/**
 * Stops and starts the suite's PostgreSQL (see postgresKeeper.ts) on the same port and data
 * folder. Each call returns once Postgres is down, or accepts connections again.
 */
const send = async (control: string, action: 'stop' | 'start') => {
  const response = await fetch(`${control}/${action}`, { method: 'POST' })
  const answer = await response.text()
  if (!response.ok) throw new Error(`Postgres ${action} failed: ${answer}`)
}

export const stopPostgres = (control: string) => send(control, 'stop')
export const startPostgres = (control: string) => send(control, 'start')
