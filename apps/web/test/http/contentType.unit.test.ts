import { describe, expect, it } from 'vitest'
import { parseContentType } from '@/http/body/contentType'

describe('content types', () => {
  const read = (header: string | null) => {
    const parsed = parseContentType(header)
    return 'value' in parsed ? parsed.value : undefined
  }

  it('split the media type from its parameters', () => {
    expect(read('application/json')).toEqual({ type: 'application/json', params: {} })
    expect(read('Application/JSON; charset=UTF-8')).toEqual({
      type: 'application/json',
      params: { charset: 'UTF-8' },
    })
    expect(read('multipart/form-data; boundary=----x123')?.params.boundary).toBe('----x123')
    expect(read('multipart/form-data; boundary="a;b c"')?.params.boundary).toBe('a;b c')
    expect(read('multipart/form-data')?.params.boundary).toBeUndefined()
    expect(parseContentType(null)).toEqual({})
    expect(parseContentType('  ')).toEqual({})
  })

  it.each([
    ['no subtype', 'json', /"json" is malformed \(invalid media type\)/],
    ['a trailing semicolon', 'application/json;', /invalid parameter format/],
    ['a parameter without a value', 'multipart/form-data; boundary', /invalid parameter format/],
    ['an unquoted space', 'multipart/form-data; boundary=a b', /invalid parameter format/],
  ])('refuse a header with %s as a 400 that quotes it', (_name, header, message) => {
    expect(parseContentType(header)).toEqual({
      problem: { status: 400, message: expect.stringMatching(message) },
    })
  })
})
