import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { readerPages } from '@/freshness/readerPages'

const siteRoutes = new URL('../../src/app/(site)/', import.meta.url).pathname

/** The folder of every page file under app/(site), as readerPages names it. */
const pageFolders = () =>
  fs
    .readdirSync(siteRoutes, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'page.tsx')
    .map((file) => path.dirname(file))
    .sort()

describe('the register of reader pages', () => {
  it('names every page of the reader site, so none is left for the proxy to serve stale', () => {
    expect(pageFolders().length).toBeGreaterThan(5)
    expect(Object.keys(readerPages).sort()).toEqual(pageFolders())
  })
})
