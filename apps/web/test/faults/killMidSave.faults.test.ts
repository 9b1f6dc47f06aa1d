import type pg from 'pg'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { MAX_JSON_BYTES } from '@/http/body/requestBody'
import { staffApi, staffToken } from '../support/e2e/staff'
import {
  ARTICLE_TABLES,
  VERSION_TABLES,
  waitForAppDisconnect,
  waitForWrite,
  waitForWritesToEnd,
} from './support/appConnections'
import { type AppServer, startApp } from './support/appServer'
import { faultsContext } from './support/context'
import { type Edit, edit, largeEdit } from './support/edits'
import { type Judgement, judgeCreate, judgeUpdate } from './support/judgeSave'
import { readArticle, readCreated, testClient } from './support/storedArticle'
import { faultCase, lostSaves } from './support/tally'

const check = faultCase('App killed mid-save')

/**
 * When to SIGKILL the server, seen from Postgres: once the save's transaction takes its first
 * write lock, while it writes the version rows (the live row is written by then, the history not
 * yet: the moment a save without a transaction would tear), or as soon as it commits (before the
 * answer). Or, blind, after a share of the time an uninterrupted save takes.
 */
const LOCK_TRIGGERS = {
  'at its first write lock': ARTICLE_TABLES,
  'while it writes the versions': VERSION_TABLES,
  'as its transaction ends': ARTICLE_TABLES,
}
type Trigger = keyof typeof LOCK_TRIGGERS | number
type Round = { method: 'PATCH' | 'POST'; trigger: Trigger }

const ROUNDS: Round[] = [
  { method: 'PATCH', trigger: 'at its first write lock' },
  { method: 'PATCH', trigger: 'while it writes the versions' },
  { method: 'PATCH', trigger: 'while it writes the versions' },
  { method: 'PATCH', trigger: 'as its transaction ends' },
  { method: 'PATCH', trigger: 'as its transaction ends' },
  { method: 'PATCH', trigger: 0.25 },
  { method: 'PATCH', trigger: 0.5 },
  { method: 'PATCH', trigger: 0.75 },
  { method: 'PATCH', trigger: 1 },
  { method: 'PATCH', trigger: 1.5 },
  { method: 'POST', trigger: 'while it writes the versions' },
  { method: 'POST', trigger: 'as its transaction ends' },
  { method: 'POST', trigger: 0.5 },
]

const when = (trigger: Trigger) =>
  typeof trigger === 'string' ? trigger : `${trigger * 100}% into it`

/** What the editor's client learnt before the server died. */
type Answer = 'acknowledged' | 'refused' | 'cut off'

describe('the app is killed while an editor saves a large article', () => {
  const context = faultsContext()
  const { baseUrl } = context
  const api = staffApi(baseUrl)
  let app: AppServer
  let client: pg.Client
  let token: string
  let authors: number[]
  let articleId: number
  /** How long an uninterrupted large save takes here; measured by the first case. */
  let saveMs = 1500
  let saves = 0

  const send = (method: Round['method'], path: string, body: unknown): Promise<Answer> =>
    fetch(`${baseUrl}/api/${path}`, {
      method,
      headers: { authorization: `JWT ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then(
      (response) => (response.ok ? 'acknowledged' : 'refused'),
      () => 'cut off',
    )

  /**
   * Sends the save, kills the server at `trigger`, and starts it again once Postgres let go. A
   * save answered before its trigger was seen is killed after all: a late kill is still a case.
   */
  const killDuring = async (save: () => Promise<Answer>, trigger: Trigger): Promise<Answer> => {
    const answered = new AbortController()
    const answer = save().finally(() => answered.abort())
    if (typeof trigger === 'number') await new Promise((r) => setTimeout(r, trigger * saveMs))
    else await waitForWrite(client, LOCK_TRIGGERS[trigger], answered.signal)
    if (trigger === 'as its transaction ends') await waitForWritesToEnd(client, answered.signal)
    await app.kill('SIGKILL')
    const told = await answer
    await waitForAppDisconnect(client)
    app = await startApp(context, `killed-${saves}`)
    return told
  }

  /** Fails the case on a torn save, or on a save the client was told succeeded but is gone. */
  const settle = ({ outcome, problems }: Judgement, answer: Answer) => {
    if (answer === 'acknowledged' && outcome !== 'new version')
      problems.push('a save the editor was told succeeded is gone')
    if (problems.length > 0)
      throw lostSaves(`Torn or lost save (answer: ${answer}): ${problems.join('; ')}`, 1)
    return { outcome: `${outcome}, answer ${answer}` }
  }

  const nextEdit = (label: string): Edit => largeEdit(`${label} ${++saves} ${Date.now()}`)

  beforeAll(async () => {
    app = await startApp(context, 'kill-mid-save')
    client = await testClient(context.databaseUrl)
    token = await staffToken(baseUrl)
    authors = [(await api('GET', 'authors?limit=1&depth=0')).docs[0].id]
    const first = edit(`Killed mid-save ${Date.now()}`, ['The first version.'])
    const { doc } = await api('POST', 'articles', { ...first.data, authors, _status: 'published' })
    articleId = doc.id
  })

  afterAll(async () => {
    await app?.kill('SIGTERM')
    await client?.end()
  })

  check('a large save completes when nothing fails (and sets the pace of the kills)', async () => {
    const save = nextEdit('Uninterrupted save')
    expect(JSON.stringify(save.data).length).toBeLessThan(MAX_JSON_BYTES)
    const before = await readArticle(client, articleId)
    const started = Date.now()
    await api('PATCH', `articles/${articleId}`, { ...save.data, _status: 'published' })
    saveMs = Date.now() - started
    const judgement = judgeUpdate(before, await readArticle(client, articleId), save.content)
    expect(judgement).toEqual({ outcome: 'new version', problems: [] })
    return { outcome: 'saved' }
  })

  for (const { method, trigger } of ROUNDS) {
    const action = method === 'PATCH' ? 'an update' : 'a create'
    check(`SIGKILL ${when(trigger)} of ${action} (${method}): nothing half-written`, async () => {
      const save = nextEdit(`Killed ${method}`)
      if (method === 'PATCH') {
        const before = await readArticle(client, articleId)
        const data = { ...save.data, _status: 'published' }
        const answer = await killDuring(() => send('PATCH', `articles/${articleId}`, data), trigger)
        const after = await readArticle(client, articleId)
        const result = settle(judgeUpdate(before, after, save.content), answer)
        const served = await api('GET', `articles/${articleId}?depth=0`)
        expect(served.title, 'the restarted app serves what is stored').toBe(after.live?.title)
        return result
      }
      const slug = `killed-create-${saves}-${Date.now()}`
      const data = { ...save.data, slug, authors, _status: 'published' }
      const answer = await killDuring(() => send('POST', 'articles', data), trigger)
      const { stored, orphans } = await readCreated(client, slug)
      const result = settle(judgeCreate(stored, orphans, save.content), answer)
      const served = await api('GET', `articles?where[slug][equals]=${slug}&depth=0`)
      expect(served.totalDocs, 'the restarted app serves what is stored').toBe(stored ? 1 : 0)
      return result
    })
  }
})
