import { describe, expect, it } from 'vitest'
import {
  checkJsonObject,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  parseJsonObject,
} from '@/http/body/jsonBody'

const bytes = (text: string) => new TextEncoder().encode(text)
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`

describe('JSON depth', () => {
  it(`allows ${MAX_JSON_DEPTH} levels, not one more`, () => {
    expect(jsonDepthExceeds(bytes(deepObject(MAX_JSON_DEPTH)))).toBe(false)
    expect(jsonDepthExceeds(bytes(deepObject(MAX_JSON_DEPTH + 1)))).toBe(true)
    expect(jsonDepthExceeds(bytes(deepArray(MAX_JSON_DEPTH - 1)))).toBe(false)
    expect(jsonDepthExceeds(bytes(deepArray(10_000)))).toBe(true)
  })

  it('counts siblings once, and no bracket inside a string', () => {
    const wide = `{"items":[${Array.from({ length: 5000 }, () => '{"a":[1]}').join(',')}]}`
    expect(jsonDepthExceeds(bytes(wide), 4)).toBe(false)
    const brackets = JSON.stringify({ text: '['.repeat(1000) + '{'.repeat(1000) })
    expect(jsonDepthExceeds(bytes(brackets), 2)).toBe(false)
    const escaped = JSON.stringify({ text: 'a quote \\" then [[[[', more: '\\\\' })
    expect(jsonDepthExceeds(bytes(escaped), 1)).toBe(false)
    expect(jsonDepthExceeds(bytes('{"a":"\\"[[["}'), 1)).toBe(false)
    expect(jsonDepthExceeds(bytes('{"a":"x\\\\"}'), 1)).toBe(false)
  })

  it('reads multi-byte text without being misled', () => {
    expect(jsonDepthExceeds(bytes(JSON.stringify({ t: '😀[Café]{' })), 1)).toBe(false)
    expect(jsonDepthExceeds(bytes(JSON.stringify({ t: ['é'] })), 1)).toBe(true)
  })
})

describe('a JSON body that must be an object', () => {
  const message = (text: string) =>
    checkJsonObject(bytes(text), 'The request body')?.message ?? null

  it('passes objects, and blank bodies (Payload reads them as {})', () => {
    expect(message('{"title":"x"}')).toBeNull()
    expect(message('  \n{"title":"x"}')).toBeNull()
    expect(message('\ufeff{"title":"x"}')).toBeNull()
    expect(message('')).toBeNull()
    expect(message(' \r\n\t')).toBeNull()
  })

  it.each([
    ['null', 'null'],
    ['123', 'a number'],
    ['"title"', 'a string'],
    ['true', 'true'],
    ['[]', 'an array'],
    ['[{"title":"x"}]', 'an array'],
  ])('refuses %s as %s', (text, kind) => {
    expect(message(text)).toBe(`The request body must be a JSON object, not ${kind}.`)
  })

  it('refuses what is not JSON, and too deep a nesting, with a 400', () => {
    expect(message('not json')).toMatch(/is not valid JSON/)
    expect(message('\u0000')).toMatch(/is not valid JSON/)
    expect(message(deepObject(10_000))).toMatch(/more than 64 levels deep/)
    expect(message(`{"title":${deepObject(10_000)}}`)).toMatch(/more than 64 levels deep/)
    expect(checkJsonObject(bytes('[1]'), 'x')?.status).toBe(400)
  })

  it('leaves a broken object to Payload, which answers it with a 400', () => {
    expect(message('{"title":')).toBeNull()
    expect(message('{"title":"x"}')).toBeNull()
  })
})

describe('a JSON body parsed as an object', () => {
  const parse = (text: string) =>
    parseJsonObject(bytes(text), 'The request body', 'a JSON object with a query')

  it('gives the object, or says what to send', () => {
    expect(parse('{"query":"{ a }"}')).toEqual({ value: { query: '{ a }' } })
    expect(parse('query { a }')).toEqual({
      problem: {
        status: 400,
        message: 'The request body is not valid JSON; send a JSON object with a query.',
      },
    })
    expect(parse('')).toMatchObject({ problem: { status: 400 } })
    expect(parse('[{"query":"{ a }"}]')).toEqual({
      problem: {
        status: 400,
        message: 'The request body must be a JSON object with a query, not an array.',
      },
    })
    expect(parse(`{"variables":${deepObject(100)}}`)).toMatchObject({
      problem: { message: expect.stringMatching(/more than 64 levels deep/) },
    })
  })

  it('parses text as it is, as Payload parses a form field, and bytes as a body is decoded', () => {
    const field = (text: string) => parseJsonObject(text, 'The _payload field')
    expect(field('{"alt":"x"}')).toEqual({ value: { alt: 'x' } })
    expect(field('\ufeff{"alt":"x"}')).toMatchObject({ problem: { status: 400 } })
    expect(parse('\ufeff{"query":"{ a }"}')).toEqual({ value: { query: '{ a }' } })
    expect(field(deepObject(100))).toMatchObject({
      problem: { message: expect.stringMatching(/_payload field nests/) },
    })
  })
})
