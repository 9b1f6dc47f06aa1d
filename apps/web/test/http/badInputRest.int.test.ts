import { describe, expect, it } from 'vitest'
import {
  expectCalmRest,
  expectPublicList,
  expectStatus,
  listDocs,
} from '../support/badInput/expectations'
import { useBadInput } from '../support/badInput/fixture'
import { describeAnswer, rest } from '../support/badInput/http'
import { hostileIds } from '../support/badInput/pathCases'
import { queryCases, unsignedJwt } from '../support/badInput/restCases'
import { describeHostileSlugs } from '../support/badInput/slugs'
import { changedNothingStored, refusedWrite } from '../support/badInput/writes'
import { quiet, body as richBody } from '../support/content'

/**
 * Issue #7, item 3, over REST reads: hostile slugs in `where`, query strings, credentials and
 * ids in `/api/articles/<id>`. Each must get a 4xx or a calm answer (never a 5xx, a hang or a
 * crash) that leaks no draft or secret; a write to a hostile id must change nothing stored.
 */
describe('bad input', () => {
  const fx = useBadInput('rest')
  const config = () => fx.cms.config

  /** Every byte percent-encoded, so the query string carries the slug exactly. */
  const pct = (value: string) =>
    [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')

  const restNotFound = async (collection: string, field: string, slug: string) => {
    const answer = await rest(config(), `${collection}?where[${field}][equals]=${pct(slug)}`)
    expectCalmRest(answer)
    // Postgres cannot compare text with NUL: the query is refused as the caller's mistake.
    if (slug.includes('\u0000')) {
      expect(answer.status, describeAnswer(answer)).toBe(400)
      expect(answer.text, describeAnswer(answer)).toContain('NUL character')
      return
    }
    expect(answer.status, describeAnswer(answer)).toBe(200)
    expect(listDocs(answer), describeAnswer(answer)).toEqual([])
  }

  describeHostileSlugs(fx, {
    'REST articles': (slug) => restNotFound('articles', 'slug', slug),
    'REST topics': (slug) => restNotFound('topics', 'slug', slug),
    'REST authors': (slug) => restNotFound('authors', 'slug', slug),
    'REST redirects': (slug) => restNotFound('redirects', 'from', slug),
  })

  describe('hostile REST query strings', () => {
    it.for(queryCases)('$name', async (item) => {
      const caller = item.as ?? 'anon'
      const answer = await rest(config(), item.path, {
        headers: { ...fx.auth(caller), ...item.headers },
      })
      expectCalmRest(answer, item.headers ? 'anon' : caller)
      expectStatus(answer, item.expect)
      if (caller === 'anon') expectPublicList(answer, item.maxDocs)
      else if (item.maxDocs !== undefined && answer.status === 200) {
        expect(listDocs(answer).length, describeAnswer(answer)).toBeLessThanOrEqual(item.maxDocs)
      }
      if (item.path.startsWith('users/me')) {
        expect((answer.json as { user?: unknown }).user ?? null, describeAnswer(answer)).toBeNull()
      }
    })

    it('an unsigned (alg: none) token for the first user signs nobody in', async () => {
      const forged = unsignedJwt(fx.emails.admin)
      const attempts: Record<string, string>[] = [
        { authorization: `JWT ${forged}` },
        { cookie: `payload-token=${forged}` },
      ]
      for (const headers of attempts) {
        const answer = await rest(config(), 'users/me', { headers })
        expectCalmRest(answer)
        expect((answer.json as { user?: unknown }).user ?? null, describeAnswer(answer)).toBeNull()
        const users = await rest(config(), 'users', { headers })
        expect(users.status, describeAnswer(users)).toBe(403)
      }
    })

    changedNothingStored(fx)
  })

  describe('hostile ids in /api/articles/<id>', () => {
    const reads = hostileIds.flatMap((id) =>
      (['anon', 'admin'] as const).map((caller) => ({ ...id, caller })),
    )
    it.for(reads)('GET as $caller: $name', async ({ segment, caller }) => {
      const answer = await fx.call(
        caller,
        'GET',
        `articles/${segment.replace('{id}', String(fx.ids.article))}`,
      )
      expectCalmRest(answer, caller)
      expectStatus(answer, 'refused')
    })

    /** A fresh article for ids built around a real one, so a write that lands harms no fixture. */
    const sacrificial = () =>
      fx.cms.payload.create({
        collection: 'articles',
        data: {
          title: 'Sacrificial',
          slug: `badinput-sacrificial-${Date.now()}`,
          body: richBody({ p: 'x' }),
          authors: [fx.ids.author],
          _status: 'published',
        },
        context: quiet,
      })

    const writes = hostileIds.flatMap((id) =>
      (['PATCH', 'DELETE'] as const).map((method) => ({ ...id, method })),
    )
    it.for(writes)('$method as admin: $name', async ({ segment, method }) => {
      const target = segment.includes('{id}') ? await sacrificial() : null
      const patch = method === 'PATCH'
      try {
        await refusedWrite(fx, 'admin', () =>
          fx.call(
            'admin',
            method,
            `articles/${segment.replace('{id}', String(target?.id))}`,
            patch ? JSON.stringify({ title: 'Changed by a hostile id' }) : undefined,
            patch ? 'application/json' : undefined,
          ),
        )
      } finally {
        if (target) {
          await fx.cms.payload.delete({
            collection: 'articles',
            where: { id: { equals: target.id } },
            context: quiet,
          })
        }
      }
    })
  })
})
