import type pg from 'pg'
import { afterAll, beforeAll, describe, expect } from 'vitest'
import { type Account, callAs, createAccount, staffApi } from '../support/e2e/staff'
import { type AppServer, startApp } from './support/appServer'
import { faultsContext } from './support/context'
import { type Edit, edit } from './support/edits'
import { versionProblems } from './support/judgeSave'
import { readArticle, sameContent, testClient } from './support/storedArticle'
import { faultCase, lostSaves } from './support/tally'

const check = faultCase('Two editors saving the same article')

/** Each round adds two versions: well under the 50 an article keeps. */
const ROUNDS = 10

describe('two editors save the same article at the same time', () => {
  const context = faultsContext()
  const { baseUrl } = context
  let app: AppServer
  let client: pg.Client
  let editors: Account[]
  let articleId: number

  beforeAll(async () => {
    app = await startApp(context, 'concurrent-editors')
    client = await testClient(context.databaseUrl)
    editors = [await createAccount(baseUrl, 'editor'), await createAccount(baseUrl, 'editor')]
    const api = staffApi(baseUrl)
    const authors = [(await api('GET', 'authors?limit=1&depth=0')).docs[0].id]
    const first = edit(`Two editors ${Date.now()}`, ['Before anyone edits.'])
    const { doc } = await api('POST', 'articles', { ...first.data, authors, _status: 'published' })
    articleId = doc.id
  })

  afterAll(async () => {
    await app?.kill('SIGTERM')
    await client?.end()
  })

  for (let round = 1; round <= ROUNDS; round++) {
    check(`round ${round}: both saves succeed, both are in the history, one is live`, async () => {
      // Different title and body from each editor: a mix of the two would show.
      const saves: Edit[] = editors.map((editor, i) =>
        edit(`Round ${round}, editor ${i + 1} (${editor.id})`, [
          `Editor ${i + 1} rewrote this in round ${round}.`,
          `Their second paragraph, round ${round}.`,
        ]),
      )
      const answers = await Promise.all(
        editors.map((editor, i) =>
          callAs(editor, baseUrl, 'PATCH', `articles/${articleId}`, {
            ...saves[i]?.data,
            _status: 'published',
          }),
        ),
      )
      const statuses = await Promise.all(
        answers.map(async (answer) =>
          answer.ok ? '200' : `${answer.status} ${await answer.text()}`,
        ),
      )
      const stored = await readArticle(client, articleId)
      // A save the editor was told succeeded must be in the history; a refused one fails below.
      const lost = saves.filter(
        (save, i) =>
          answers[i]?.ok && !stored.versions.some((version) => sameContent(version, save.content)),
      )
      if (lost.length > 0)
        throw lostSaves(`${lost.length} acknowledged saves missing from the versions`, lost.length)
      expect(statuses).toEqual(['200', '200'])
      const winner = saves.findIndex((save) => sameContent(stored.live, save.content))
      expect(winner, 'the live article is one editor’s save, whole').toBeGreaterThanOrEqual(0)
      expect(versionProblems(stored)).toEqual([])
      return { outcome: `editor ${winner + 1} live` }
    })
  }
})
