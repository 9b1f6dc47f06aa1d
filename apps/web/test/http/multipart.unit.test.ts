import { describe, expect, it } from 'vitest'
import { checkMultipart } from '@/http/body/multipart'

const bytes = (text: string) => new TextEncoder().encode(text)
const deepObject = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`

/** A raw body under `boundary`, as a client that writes its own multipart sends it. */
const raw = (body: string, boundary: string) =>
  checkMultipart(bytes(body), {
    header: `multipart/form-data; boundary=${boundary}`,
    boundary,
  })

describe('multipart bodies', () => {
  const form = async (build: (data: FormData) => void) => {
    const data = new FormData()
    build(data)
    const request = new Request('http://localhost/', { method: 'POST', body: data })
    const header = request.headers.get('content-type') ?? ''
    return {
      body: new Uint8Array(await request.arrayBuffer()),
      contentType: { header, boundary: header.split('boundary=')[1] ?? '' },
    }
  }
  const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10])], {
    type: 'image/png',
  })
  const check = async (build: (data: FormData) => void) => {
    const { body, contentType } = await form(build)
    return (await checkMultipart(body, contentType))?.message ?? null
  }

  it('passes an upload with its fields', async () => {
    expect(
      await check((data) => {
        data.append('file', png, 'photo.png')
        data.append('_payload', JSON.stringify({ alt: 'A red square' }))
      }),
    ).toBeNull()
    expect(await check((data) => data.append('_payload', '{"title":"x"}'))).toBeNull()
    expect(await check((data) => data.append('_payload', ''))).toBeNull()
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
    // Payload parses any _payload but an empty one: blank is not JSON.
    expect(await check((data) => data.append('_payload', ' '))).toMatch(/not valid JSON/)
  })

  it('refuses a file field sent as text', async () => {
    expect(
      await check((data) => data.append('file', '{"url":"http://169.254.169.254/latest"}')),
    ).toMatch(/file field must be an uploaded file/)
  })

  it('refuses a body its boundary does not delimit', async () => {
    expect((await raw('no parts here', 'zzz'))?.message).toMatch(
      /no part delimited by the boundary/,
    )
    expect(
      await raw('--zzz\r\nContent-Disposition: form-data; name="a"\r\n\r\nx', 'zzz'),
    ).toMatchObject({ status: 400, message: expect.stringMatching(/ends before its closing/) })
    expect((await raw('--zzzjunk', 'zzz'))?.status).toBe(400)
  })

  it('reads a preamble as busboy does', async () => {
    const body =
      'preamble\r\n--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b--\r\n'
    expect(await raw(body, 'b')).toBeNull()
  })

  it("refuses a part busboy cannot read, on which Payload's parser throws (a 500)", async () => {
    const headerless =
      '--b\r\n\r\nno headers\r\n--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--b--\r\n'
    expect((await raw(headerless, 'b'))?.message).toMatch(/a part's headers cannot be read/)
    const noColon = '--b\r\nContent Disposition form-data\r\n\r\nx\r\n--b--\r\n'
    expect((await raw(noColon, 'b'))?.status).toBe(400)
  })

  it('leaves a field past the field size to Payload, which refuses it with a 413', async () => {
    const { body, contentType } = await form((data) => data.append('_payload', '{"alt":'))
    expect(await checkMultipart(body, contentType, 3)).toBeNull()
  })

  it('refuses a Content-Type busboy cannot read', async () => {
    const found = await checkMultipart(bytes('--b--'), {
      header: 'multipart/form-data; boundary = b',
      boundary: 'b',
    })
    expect(found).toMatchObject({ status: 400, message: expect.stringMatching(/cannot be read/) })
  })
})
