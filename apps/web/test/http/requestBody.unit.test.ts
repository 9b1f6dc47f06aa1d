import { describe, expect, it } from 'vitest'
import { readBody } from '@/http/body/requestBody'

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
