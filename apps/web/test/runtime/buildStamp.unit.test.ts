import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { buildStamp, isBuildCurrent, recordBuild } from '../../scripts/lib/buildIfNeeded'

/**
 * A build never reads the database, so `npm start` reuses it whichever database it serves: the
 * stamp that decides holds the sources and the public origin, nothing else.
 */
describe('the build stamp', () => {
  const folders: string[] = []
  const buildFolder = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-stamp-'))
    folders.push(dir)
    fs.writeFileSync(path.join(dir, 'BUILD_ID'), 'test')
    return dir
  }
  afterEach(() => {
    for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('names the sources, the public origin and whether the benchmark page is in, and no database', () => {
    const stamp = JSON.parse(buildStamp('https://recovery.example.org'))
    expect(Object.keys(stamp).sort()).toEqual(['benchPages', 'bundler', 'serverUrl', 'source'])
    expect(stamp.benchPages).toBe(false)
    expect(stamp.serverUrl).toBe('https://recovery.example.org')
  })

  it('is the same for the same sources and origin, and differs with the origin', () => {
    expect(buildStamp('https://a.example')).toBe(buildStamp('https://a.example'))
    expect(buildStamp('https://a.example')).not.toBe(buildStamp('https://b.example'))
  })

  it('keeps a recorded build current until the stamp differs', () => {
    const dir = buildFolder()
    const stamp = buildStamp('https://a.example')
    expect(isBuildCurrent(dir, stamp)).toBe(false)
    recordBuild(dir, stamp)
    expect(isBuildCurrent(dir, stamp)).toBe(true)
    expect(isBuildCurrent(dir, buildStamp('https://b.example'))).toBe(false)
  })

  it('names the bundler, and refuses one it does not know', () => {
    const before = process.env.NEXT_BUNDLER
    try {
      expect(JSON.parse(buildStamp('https://a.example')).bundler).toBe(
        before === 'webpack' ? 'webpack' : 'turbopack',
      )
      process.env.NEXT_BUNDLER = 'webpack'
      expect(JSON.parse(buildStamp('https://a.example')).bundler).toBe('webpack')
      process.env.NEXT_BUNDLER = 'rollup'
      expect(() => buildStamp('https://a.example')).toThrow(/NEXT_BUNDLER must be/)
    } finally {
      if (before === undefined) delete process.env.NEXT_BUNDLER
      else process.env.NEXT_BUNDLER = before
    }
  })
})
