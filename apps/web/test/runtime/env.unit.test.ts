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
    expect(env.PROXY_REFRESH_URL).toEqual([])
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.S3_BUCKET).toBeUndefined()
    expect(env.DATABASE_REPLICA_URLS).toEqual([])
  })

  it('takes the proxy to refresh with its token', () => {
    const env = parseEnv({
      ...valid,
      PROXY_REFRESH_URL: 'http://nginx:8080, http://nginx-b:8080',
      PROXY_REFRESH_TOKEN: 'b'.repeat(48),
    })
    expect(env.PROXY_REFRESH_URL).toEqual(['http://nginx:8080', 'http://nginx-b:8080'])
    expect(env.PROXY_REFRESH_TOKEN).toHaveLength(48)
  })

  it('reads an empty variable as unset', () => {
    const env = parseEnv({ ...valid, S3_ENDPOINT: '', REDIS_URL: '', PROXY_REFRESH_URL: '' })
    expect(env.S3_ENDPOINT).toBeUndefined()
    expect(env.REDIS_URL).toBeUndefined()
    expect(env.PROXY_REFRESH_URL).toEqual([])
    expect(() => parseEnv({ ...valid, DATABASE_URL: '' })).toThrow(/DATABASE_URL is required/)
  })

  it('takes the engines of several instances: Redis, a bucket, replicas', () => {
    const env = parseEnv({
      ...valid,
      REDIS_URL: 'redis://127.0.0.1:6380',
      DATABASE_REPLICA_URLS: 'postgres://r1/groundwork,postgres://r2/groundwork',
      S3_BUCKET: 'media',
      S3_ENDPOINT: 'http://127.0.0.1:8080',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: '1',
    })
    expect(env).toMatchObject({
      REDIS_URL: 'redis://127.0.0.1:6380',
      DATABASE_REPLICA_URLS: ['postgres://r1/groundwork', 'postgres://r2/groundwork'],
      S3_BUCKET: 'media',
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: true,
    })
  })

  it.each([
    [
      { ...valid, REDIS_URL: 'http://127.0.0.1:6379' },
      /^Invalid environment: REDIS_URL must be a redis/,
    ],
    [
      { ...valid, DATABASE_REPLICA_URLS: 'postgres://r1,mysql://r2' },
      /^Invalid environment: DATABASE_REPLICA_URLS.1 must be a postgres/,
    ],
    [
      { ...valid, S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'key' },
      /^Invalid environment: S3_SECRET_ACCESS_KEY and S3_ACCESS_KEY_ID go together/,
    ],
    [
      { ...valid, S3_ENDPOINT: 'http://127.0.0.1:8080' },
      /^Invalid environment: S3_BUCKET is required when S3_ENDPOINT/,
    ],
    [
      { ...valid, S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'yes' },
      /^Invalid environment: S3_FORCE_PATH_STYLE must be 1/,
    ],
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
