import { describe, expect, it } from 'vitest'
import { cmsConfig } from '../src/config'

const usersAuth = (serverUrl: string) => {
  const config = cmsConfig({
    databaseUrl: 'postgres://unused@127.0.0.1:1/unused',
    secret: 'x'.repeat(32),
    serverUrl,
    mediaDir: '/tmp/unused',
    importMapBaseDir: '/tmp',
    onContentChange: () => {},
  })
  const users = config.collections?.find((collection) => collection.slug === 'users')
  return typeof users?.auth === 'object' ? users.auth : undefined
}

describe('the staff session cookie', () => {
  it('is Secure and SameSite=Lax when the site is served over HTTPS', () => {
    expect(usersAuth('https://groundwork.example.org')?.cookies).toEqual({
      sameSite: 'Lax',
      secure: true,
    })
  })

  it('still works on a plain-HTTP local site', () => {
    expect(usersAuth('http://localhost:3000')?.cookies?.secure).toBe(false)
  })

  it('locks an account after five failed logins for ten minutes', () => {
    expect(usersAuth('http://localhost:3000')).toMatchObject({
      maxLoginAttempts: 5,
      lockTime: 600_000,
    })
  })
})
