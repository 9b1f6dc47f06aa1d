import { describe, expect, it } from 'vitest'
import { parseEnv } from '@/runtime/env'

const valid = {
  DATABASE_URL: 'postgres://user:pass@127.0.0.1:5432/groundwork',
  PAYLOAD_SECRET: 'a'.repeat(32),
}

describe('environment', () => {
  it('accepts a complete environment and fills defaults', () => {
    const env = parseEnv(valid)
    expect(env.SERVER_URL).toBe('http://localhost:3000')
    expect(env.MEDIA_DIR).toMatch(/\.data\/media$/)
    expect(env.PROXY_REFRESH_URL).toBeUndefined()
  })

  it('takes the proxy to refresh with its token', () => {
    const env = parseEnv({
      ...valid,
      PROXY_REFRESH_URL: 'http://nginx:8080',
      PROXY_REFRESH_TOKEN: 'b'.repeat(48),
    })
    expect(env.PROXY_REFRESH_URL).toBe('http://nginx:8080')
    expect(env.PROXY_REFRESH_TOKEN).toHaveLength(48)
  })

  it.each([
    [{ ...valid, DATABASE_URL: undefined }, /^Invalid environment: DATABASE_URL is required/],
    [
      { ...valid, DATABASE_URL: 'mysql://x' },
      /^Invalid environment: DATABASE_URL must be a postgres/,
    ],
    [
      { ...valid, PAYLOAD_SECRET: 'short' },
      /^Invalid environment: PAYLOAD_SECRET must be at least 32/,
    ],
    [
      { ...valid, SERVER_URL: 'not a url' },
      /^Invalid environment: SERVER_URL must be the public origin/,
    ],
    [
      { ...valid, PROXY_REFRESH_URL: 'http://nginx:8080' },
      /^Invalid environment: PROXY_REFRESH_TOKEN and PROXY_REFRESH_URL go together/,
    ],
    [
      { ...valid, PROXY_REFRESH_URL: 'http://nginx:8080', PROXY_REFRESH_TOKEN: 'short' },
      /^Invalid environment: PROXY_REFRESH_TOKEN must be at least 32/,
    ],
  ])('stops with one line naming the variable (%#)', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message)
    try {
      parseEnv(source)
    } catch (error) {
      expect((error as Error).message.split('\n')).toHaveLength(1)
    }
  })
})
