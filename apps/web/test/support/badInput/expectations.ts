import { expect } from 'vitest'
import { type Caller, MARKER, STAFF_EMAIL } from './fixture'
import { type Answer, describeAnswer, errorMessages, type GraphqlBody } from './http'

/**
 * What every answer to hostile input must be, on REST and on GraphQL: below 500, explaining a
 * refusal, and never carrying a secret or (to anonymous callers) a draft or a staff email.
 */

export type Expected = number | 'ok' | 'refused' | 'calm'

type ListBody = { docs?: Record<string, unknown>[]; limit?: number }

/** The documents of a list answer (empty when it is not one). */
export const listDocs = (answer: Answer) => (answer.json as ListBody | undefined)?.docs ?? []

/** What no answer may carry: password hashes, and for anonymous callers drafts and staff emails. */
const expectNoSecrets = (answer: Answer, caller: Caller) => {
  const about = describeAnswer(answer)
  expect(answer.text, about).not.toMatch(/"(hash|salt)":/)
  if (caller !== 'anon') return
  expect(answer.text, about).not.toContain(MARKER)
  expect(answer.text, about).not.toMatch(STAFF_EMAIL)
}

/** Below 500; a 4xx explains itself in `errors`; no secret and, anonymously, no draft. */
export const expectCalmRest = (answer: Answer, caller: Caller = 'anon') => {
  const about = describeAnswer(answer)
  expect(answer.status, about).toBeLessThan(500)
  if (answer.status >= 400) expect(errorMessages(answer).length, about).toBeGreaterThan(0)
  expectNoSecrets(answer, caller)
}

/** GraphQL answers 200 with `errors` for most refusals; a 5xx status or error is a crash. */
export const expectCalmGraphql = (answer: Answer, caller: Caller = 'anon') => {
  const about = describeAnswer(answer)
  expect(answer.status, about).toBeLessThan(500)
  const result = answer.json as
    | (GraphqlBody & { errors?: { extensions?: { statusCode?: number } }[] })
    | undefined
  expect(result, `not JSON: ${about}`).toBeTypeOf('object')
  for (const error of result?.errors ?? []) {
    expect(error.extensions?.statusCode ?? 400, about).toBeLessThan(500)
    expect(error.message, about).not.toMatch(/something went wrong/i)
  }
  expectNoSecrets(answer, caller)
}

/** An exact status, or a class: 'ok' 2xx, 'refused' 4xx, 'calm' anything below 500. */
export const expectStatus = (answer: Answer, expected: Expected) => {
  const about = describeAnswer(answer)
  if (typeof expected === 'number') expect(answer.status, about).toBe(expected)
  else if (expected === 'ok') expect(answer.status, about).toBeLessThan(300)
  else if (expected === 'refused') {
    expect(answer.status, about).toBeGreaterThanOrEqual(400)
    expect(answer.status, about).toBeLessThan(500)
  }
}

/** Anonymous lists: published documents only, no hidden fields, pages of at most 100. */
export const expectPublicList = (answer: Answer, maxDocs?: number) => {
  const list = answer.json as ListBody | undefined
  if (answer.status !== 200 || !Array.isArray(list?.docs)) return
  const about = describeAnswer(answer)
  expect(list.docs.length, about).toBeLessThanOrEqual(maxDocs ?? 100)
  if (typeof list.limit === 'number') expect(list.limit, about).toBeLessThanOrEqual(100)
  for (const item of list.docs) {
    if ('_status' in item) expect(item._status, about).toBe('published')
    expect(item, about).not.toHaveProperty('createdBy')
  }
}

/** No hostile body reached `Object.prototype` (`__proto__`, `constructor.prototype`). */
export const expectNoPollution = () => {
  const probe = {} as Record<string, unknown>
  expect(Object.keys(Object.prototype)).toEqual([])
  expect(probe.polluted).toBeUndefined()
  expect(probe.role).toBeUndefined()
}
