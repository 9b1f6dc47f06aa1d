import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const repoRoot = new URL('../../../../', import.meta.url).pathname
const biome = path.join(repoRoot, 'node_modules/.bin/biome')

/**
 * Lints `code` as if it were a file at `file` (relative to the repo), where the folder's rules
 * apply: the probe is written there for the run and removed after.
 */
const lintAt = async (file: string, code: string) => {
  const probe = path.join(repoRoot, path.dirname(file), `zzLayeringProbe${process.pid}`)
  const probeFile = path.join(probe, path.basename(file))
  fs.mkdirSync(probe, { recursive: true })
  try {
    fs.writeFileSync(probeFile, code)
    return await promisify(execFile)(biome, ['lint', path.relative(repoRoot, probeFile)], {
      cwd: repoRoot,
    }).then(
      () => ({ failed: false, output: '' }),
      (error: { stdout?: string; stderr?: string }) => ({
        failed: true,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    )
  } finally {
    fs.rmSync(probe, { recursive: true, force: true })
  }
}

/** The layers only point down: `npm run lint` refuses an import that points the other way. */
describe('the layering rules of npm run lint', () => {
  it.each([
    ['ui importing cms', 'packages/ui/src/probe.ts', "import { cacheTags } from '@groundwork/cms'"],
    ['ui importing a query', 'packages/ui/src/probe.ts', "import { q } from '../../web/queries/q'"],
    ['cms importing next', 'packages/cms/src/probe.ts', "import { cache } from 'next/cache'"],
    ['cms importing react', 'packages/cms/src/probe.ts', "import { cache } from 'react'"],
    ['cms importing ui', 'packages/cms/src/probe.ts', "import { x } from '@groundwork/ui'"],
    [
      'a route calling getPayload',
      'apps/web/src/app/probe.ts',
      "import { getPayload } from 'payload'",
    ],
  ])(
    'refuses %s',
    async (_, file, importLine) => {
      const result = await lintAt(
        file,
        `${importLine}\n\nexport const probe = [${importLine.match(/\{ (\w+) \}/)?.[1]}]\n`,
      )
      expect(result.failed, result.output).toBe(true)
      expect(result.output).toContain('noRestrictedImports')
    },
    30_000,
  )

  it('lets the same imports through where the layers allow them', async () => {
    const result = await lintAt(
      'apps/web/src/queries/probe.ts',
      "import { cacheTags } from '@groundwork/cms'\n\nexport const probe = [cacheTags]\n",
    )
    expect(result).toEqual({ failed: false, output: '' })
  }, 30_000)
})
