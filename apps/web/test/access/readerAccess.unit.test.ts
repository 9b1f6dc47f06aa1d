import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Payload's Local API skips access control unless told not to. Every call the site makes for a
 * reader (queries, site routes, the admin panel's own reads) must pass `overrideAccess: false`,
 * so the collections' access rules hold there exactly as on REST and GraphQL.
 */
const srcDir = path.resolve(import.meta.dirname, '../../src')
const readerCode = ['queries', 'app/(site)', 'app/feed.xml', 'app/sitemaps', 'admin', 'preview']

const filesUnder = (dir: string): string[] =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return filesUnder(full)
        return /\.tsx?$/.test(entry.name) ? [full] : []
      })
    : []

const readOperations = /\.(find|findByID|findGlobal|count|findVersions|findDistinct)\(\{/g

/** The object literal passed to the call starting at `open` (the `{`), braces balanced. */
const argumentAt = (source: string, open: number): string => {
  let depth = 0
  for (let i = open; i < source.length; i++) {
    if (source[i] === '{') depth++
    if (source[i] === '}' && --depth === 0) return source.slice(open, i + 1)
  }
  throw new Error(`unbalanced braces after offset ${open}`)
}

const calls = readerCode
  .flatMap((dir) => filesUnder(path.join(srcDir, dir)))
  .flatMap((file) => {
    const source = fs.readFileSync(file, 'utf8')
    return [...source.matchAll(readOperations)].map((match) => ({
      where: `${path.relative(srcDir, file)}:${source.slice(0, match.index).split('\n').length}`,
      argument: argumentAt(source, (match.index ?? 0) + match[0].length - 1),
    }))
  })

describe('reader-facing Local API calls', () => {
  it('are found (the scan itself works)', () => {
    expect(calls.length).toBeGreaterThan(10)
  })

  it.each(calls.map((call) => [call.where, call.argument] as const))(
    '%s passes overrideAccess: false',
    (_where, argument) => {
      expect(argument).toMatch(/overrideAccess:\s*false/)
    },
  )
})
