import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { afterAll, describe, expect, it } from 'vitest'
import { startEmbeddedPostgres } from '../../scripts/lib/embeddedPostgres'

describe('the embedded PostgreSQL', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-crash-'))
  fs.chmodSync(root, 0o755)
  const dir = path.join(root, 'postgres')
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it('starts again after its parent was killed, with the data it had', async () => {
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/support/holdPostgres.ts', dir],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const pid = await new Promise<number>((resolve, reject) => {
      holder.stdout.on('data', (chunk: Buffer) => {
        const ready = chunk.toString().match(/ready (\d+)/)
        if (ready) resolve(Number(ready[1]))
      })
      holder.once('exit', (code) => reject(new Error(`holder exited early (${code})`)))
    })
    // SIGKILL gives the process that started Postgres no chance to clean up: the server is
    // orphaned and its pid file stays. (tsx may run the script in a child: kill that one.)
    process.kill(pid, 'SIGKILL')
    holder.kill('SIGKILL')
    expect(fs.existsSync(path.join(dir, 'postmaster.pid'))).toBe(true)

    const restarted = await startEmbeddedPostgres({
      dir,
      password: 'crash-test-password',
      persistent: true,
    })
    try {
      const client = new pg.Client({ connectionString: restarted.url })
      await client.connect()
      const { rows } = await client.query('SELECT note FROM survivor')
      await client.end()
      expect(rows).toEqual([{ note: 'kept' }])
    } finally {
      await restarted.stop()
    }
  })
})
