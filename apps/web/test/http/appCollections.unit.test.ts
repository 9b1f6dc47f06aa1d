import { buildCmsConfig } from '@groundwork/cms'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { checkRouteIds } from '@/http/rest/routeIds'
import { resolveRoute } from '@/http/rest/routeMatch'
import { relationFieldsOf } from '@/http/rest/whereIds'

/** The REST guard's route and `where` checks, read against the app's real collections. */
describe("the app's own collections", () => {
  let config: SanitizedConfig
  beforeAll(async () => {
    config = await buildCmsConfig({
      databaseUrl: 'postgres://localhost:5432/unused',
      secret: 'x'.repeat(32),
      serverUrl: 'http://localhost:3000',
      mediaDir: '/tmp/unused-media',
      importMapBaseDir: '/tmp',
      runJobs: false,
      onContentChange: () => {},
    })
  }, 60_000)

  it("keep every named sub-route of Payload's out of the id check", () => {
    const named: [string, string[]][] = [
      ['GET', ['articles', 'count']],
      ['GET', ['articles', 'versions']],
      ['POST', ['articles', 'access']],
      ['GET', ['users', 'me']],
      ['POST', ['users', 'login']],
      ['POST', ['users', 'logout']],
      ['POST', ['users', 'refresh-token']],
      ['POST', ['users', 'forgot-password']],
      ['POST', ['users', 'reset-password']],
      ['POST', ['users', 'unlock']],
      ['POST', ['users', 'first-register']],
      ['GET', ['users', 'init']],
      ['POST', ['users', 'access']],
      ['GET', ['media', 'file', 'photo.png']],
      ['GET', ['globals', 'site']],
      ['POST', ['globals', 'site']],
      ['GET', ['globals', 'site', 'versions']],
      ['GET', ['payload-jobs', 'run']],
    ]
    for (const [method, segments] of named) {
      const route = resolveRoute(config, method, segments)
      expect(route?.endpoint, `${method} ${segments.join('/')}`).toBeDefined()
      expect(route?.endpoint?.params.id, `${method} ${segments.join('/')}`).toBeUndefined()
    }
  })

  it("leave the admin's preferences, keyed by name, alone", () => {
    for (const method of ['GET', 'POST', 'DELETE'])
      expect(checkRouteIds(config, method, ['payload-preferences', 'nav'])).toBeNull()
  })

  it('check the id of every document route', () => {
    for (const [method, segments] of [
      ['GET', ['articles', 'abc']],
      ['PATCH', ['users', '1 OR 1=1']],
      ['DELETE', ['media', '0']],
      ['GET', ['articles', 'distinct']],
      ['GET', ['articles', 'versions', 'abc']],
      ['POST', ['articles', 'versions', 'abc']],
      ['POST', ['articles', 'abc', 'duplicate']],
      ['GET', ['globals', 'site', 'versions', 'abc']],
    ] as const) {
      expect(checkRouteIds(config, method, [...segments]), segments.join('/')).toEqual({
        status: 404,
        message: 'Not Found',
      })
    }
  })

  it("know the article's relation fields", () => {
    const relations = relationFieldsOf(config, ['articles'])
    for (const name of ['authors', 'topics', 'disclaimer', 'heroImage', 'alsoBrowsed'])
      expect(relations.has(name), name).toBe(true)
    expect(relations.has('title')).toBe(false)
    expect(relationFieldsOf(config, ['globals', 'site']).size).toBe(0)
  })
})
