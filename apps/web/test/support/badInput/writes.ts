import { beforeAll, expect, it } from 'vitest'
import { expectCalmRest, expectNoPollution, expectStatus } from './expectations'
import type { BadInput, Caller } from './fixture'
import { type Answer, describeAnswer } from './http'
import { type StoredState, stateChanges } from './state'

/**
 * How a bad-input case proves what it stored: a snapshot of everything before and after, and
 * the case's own leftovers deleted (and the fixtures put back) so one finding does not spill
 * into the next case.
 */

/** Jobs may be queued by an accepted publish (webhooks); nothing else may remain. */
const withoutJobs = (changes: string[]) =>
  changes.filter((change) => !/^table payload_jobs/.test(change))

/**
 * Sends one request and reports what it changed; afterwards (after the comparison) deletes what
 * it created and puts the fixtures back.
 */
export const attempt = async (fx: BadInput, send: () => Promise<Answer>) => {
  const before = await fx.snapshot()
  const newest = await fx.newestIds()
  const answer = await send()
  const changes = stateChanges(before, await fx.snapshot())
  await fx.deleteCreatedSince(newest)
  await fx.restoreFixtures()
  return { answer, changes }
}

/** Runs a write that must be refused: a 4xx and not one stored byte changed. */
export const refusedWrite = async (fx: BadInput, caller: Caller, send: () => Promise<Answer>) => {
  const { answer, changes } = await attempt(fx, send)
  expectNoPollution()
  // Soft: a wrong status and a stored change are both reported for the same case.
  expect.soft(changes, `stored state changed: ${describeAnswer(answer)}`).toEqual([])
  expectCalmRest(answer, caller)
  expectStatus(answer, 'refused')
  return answer
}

/**
 * Runs a write a correct system may accept: `check` sees the answer and what it changed while
 * it is still stored; then it is deleted and nothing else may be left changed. `touchesFixtures`:
 * the write may change a fixture, which is then made anew (with a new id), so the article
 * tables are only comparable when nothing had to be remade.
 */
export const keptHarmless = async (
  fx: BadInput,
  send: () => Promise<Answer>,
  check: (answer: Answer, changes: string[]) => unknown,
  { touchesFixtures = false } = {},
) => {
  const before = await fx.snapshot()
  const newest = await fx.newestIds()
  const answer = await send()
  const changes = stateChanges(before, await fx.snapshot())
  let remade = false
  try {
    await check(answer, changes)
  } finally {
    await fx.deleteCreatedSince(newest)
    remade = await fx.restoreFixtures()
  }
  expectNoPollution()
  if (!touchesFixtures) expect(remade, `a fixture changed: ${describeAnswer(answer)}`).toBe(false)
  const left = withoutJobs(stateChanges(before, await fx.snapshot())).filter(
    (change) => !remade || !/^table _?articles/.test(change),
  )
  expect(left, describeAnswer(answer)).toEqual([])
}

/** The contributor is still a contributor and nothing reached `Object.prototype`. */
export const expectRoleKept = async (fx: BadInput) => {
  const self = await fx.cms.payload.findByID({
    collection: 'users',
    id: fx.ids.contributor,
    depth: 0,
  })
  expect(self.role).toBe('contributor')
  expectNoPollution()
}

/**
 * Call last in a `describe` of reads: its final case proves that nothing stored changed while
 * the cases before it ran.
 */
export const changedNothingStored = (fx: BadInput) => {
  let before: StoredState
  beforeAll(async () => {
    before = await fx.snapshot()
  })
  it('changed nothing stored', async () => {
    expect(stateChanges(before, await fx.snapshot())).toEqual([])
  })
}
