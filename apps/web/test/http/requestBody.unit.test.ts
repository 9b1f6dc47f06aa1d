import { describe, expect, it } from 'vitest'
import {
  checkJsonObject,
  checkMultipart,
  isBlank,
  jsonDepthExceeds,
  MAX_JSON_DEPTH,
  parseContentType,
  parseJsonObject,
  readBody,
} from '@/http/body/requestBody'

const bytes = (text: string) => new TextEncoder().encode(text)
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
const deepArray = (levels: number) => `${'['.repeat(levels)}1${']'.repeat(levels)}`

describe('content types', () => {
  it('split the media type from its parameters', () => {
    expect(parseContentType('application/json')).toEqual({ type: 'application/json', params: {} })
    expect(parseContentType('Application/JSON; charset=UTF-8')).toEqual({
      type: 'application/json',
      params: { charset: 'UTF-8' },
    })
    expect(parseContentType('multipart/form-data; boundary=----x123')?.params.boundary).toBe(
      '----x123',
    )
    expect(parseContentType('multipart/form-data; boundary="a;b c"')?.params.boundary).toBe('a;b c')
    expect(parseContentType('multipart/form-data')?.params.boundary).toBeUndefined()
    expect(parseContentType(null)).toBeNull()
    expect(parseContentType('  ')).toBeNull()
  })
})

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
  const message = (text: string, strict = false) =>
    checkJsonObject(bytes(text), 'The request body', { strict })?.message ?? null

  it('passes objects, and blank bodies (Payload reads them as {})', () => {
    expect(message('{"title":"x"}')).toBeNull()
    expect(message('  \n{"title":"x"}')).toBeNull()
    expect(message('\ufeff{"title":"x"}')).toBeNull()
    expect(message('')).toBeNull()
    expect(message(' \r\n\t')).toBeNull()
    expect(isBlank(bytes(' \n'))).toBe(true)
    expect(isBlank(bytes(' x'))).toBe(false)
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

  it('leaves a broken object to Payload unless strict', () => {
    expect(message('{"title":')).toBeNull()
    expect(message('{"title":', true)).toMatch(/is not valid JSON/)
    expect(message('{"title":"x"}', true)).toBeNull()
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
})

describe('reading a body once', () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://localhost/api/x', { method: 'POST', body, headers })

  it('returns the bytes', async () => {
    const read = await readBody(post('{"a":1}'), 100)
    expect('bytes' in read && new TextDecoder().decode(read.bytes)).toBe('{"a":1}')
  })

  it('stops past the limit, and refuses a declared length past it unread', async () => {
    const read = await readBody(post('x'.repeat(200)), 100)
    expect('tooLarge' in read).toBe(true)
    const declared = post('x', { 'content-length': '1000' })
    expect(await readBody(declared, 100)).toEqual({ tooLarge: true, chunks: [] })
    expect(declared.bodyUsed).toBe(false)
  })
})

describe('multipart bodies', () => {
  const form = async (build: (data: FormData) => void) => {
    const data = new FormData()
    build(data)
    const request = new Request('http://localhost/', { method: 'POST', body: data })
    const type = parseContentType(request.headers.get('content-type'))
    return {
      body: new Uint8Array(await request.arrayBuffer()),
      boundary: type?.params.boundary ?? '',
    }
  }
  const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])], {
    type: 'image/png',
  })
  const check = async (build: (data: FormData) => void) => {
    const { body, boundary } = await form(build)
    return checkMultipart(body, boundary)?.message ?? null
  }

  it('passes an upload with its fields', async () => {
    expect(
      await check((data) => {
        data.append('file', png, 'photo.png')
        data.append('_payload', JSON.stringify({ alt: 'A red square' }))
      }),
    ).toBeNull()
    expect(await check((data) => data.append('_payload', '{"title":"x"}'))).toBeNull()
    expect(await check((data) => data.append('other', 'text'))).toBeNull()
    expect(await check(() => {})).toBeNull()
  })

  it('refuses a _payload that is not a JSON object', async () => {
    expect(await check((data) => data.append('_payload', '{"alt":'))).toBe(
      'The _payload field is not valid JSON; send a JSON object.',
    )
    expect(await check((data) => data.append('_payload', '[1]'))).toBe(
      'The _payload field must be a JSON object, not an array.',
    )
    expect(await check((data) => data.append('_payload', deepObject(100)))).toMatch(
      /_payload field nests/,
    )
  })

  it('refuses a file field sent as text', async () => {
    expect(
      await check((data) => data.append('file', '{"url":"http://169.254.169.254/latest"}')),
    ).toMatch(/file field must be an uploaded file/)
  })

  it('refuses a body its boundary does not delimit', () => {
    const body = bytes('no parts here')
    expect(checkMultipart(body, 'zzz')?.message).toMatch(/no part delimited by the boundary/)
    expect(
      checkMultipart(bytes('--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nx'), 'zzz'),
    ).toMatchObject({ status: 400, message: expect.stringMatching(/ends before its closing/) })
    expect(checkMultipart(bytes('--zzzjunk'), 'zzz')?.status).toBe(400)
  })

  it('reads a preamble and parts without headers as busboy does', () => {
    const body = bytes(
      'preamble\r\n--b\r\n\r\nno headers\r\n--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b--\r\n',
    )
    expect(checkMultipart(body, 'b')).toBeNull()
  })
})
