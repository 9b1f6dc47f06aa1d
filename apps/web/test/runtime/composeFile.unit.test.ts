import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { parseEnv, repoRoot } from '@/runtime/env'
import { SHUTDOWN_CAP_MS } from '@/runtime/shutdown'

/**
 * docker-compose.yml, read rather than run (images cannot be pulled here): which services run,
 * which wait behind a profile, what the app is told and how each says it is healthy.
 */
type Service = {
  image?: string
  build?: { context?: string; args?: Record<string, string> }
  command?: string | string[]
  environment?: Record<string, string>
  profiles?: string[]
  healthcheck?: { test: string | string[] }
  depends_on?: Record<string, { condition: string }>
  volumes?: string[]
  stop_grace_period?: string
  init?: boolean
}

const text = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')
const compose = parse(text) as {
  services: Record<string, Service>
  volumes: Record<string, unknown>
  configs?: Record<string, { content?: string }>
}
const service = (name: string): Service => {
  const found = compose.services[name]
  if (!found) throw new Error(`docker-compose.yml has no ${name} service`)
  return found
}

/** Compose's `${VAR:?message}` and `${VAR:-default}`, with the values a person would export. */
const interpolate = (value: string, vars: Record<string, string>) =>
  value.replace(/\$\{(\w+)(?::([?-])([^}]*))?\}/g, (_, name: string, kind?: string, rest = '') => {
    if (vars[name] !== undefined) return vars[name]
    if (kind === '?') throw new Error(`${name} is required: ${rest}`)
    return kind === '-' ? rest : ''
  })

const exported = { PAYLOAD_SECRET: 's'.repeat(64), PROXY_REFRESH_TOKEN: 't'.repeat(40) }
const appEnvironment = (vars: Record<string, string> = exported) =>
  Object.fromEntries(
    Object.entries(service('app').environment ?? {}).map(([key, value]) => [
      key,
      interpolate(String(value), vars),
    ]),
  )

const healthTest = (name: string) => [service(name).healthcheck?.test ?? []].flat().join(' ')

const seconds = (duration = '') => {
  const match = duration.match(/^(\d+)(s|m)$/)
  return match ? Number(match[1]) * (match[2] === 'm' ? 60 : 1) : 0
}

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, Redis, the app and nginx by default, and the replica only in its profile', () => {
    const byDefault = Object.entries(compose.services)
      .filter(([, each]) => !each.profiles)
      .map(([name]) => name)
      .sort()
    expect(byDefault).toEqual(['app', 'nginx', 'postgres', 'redis'])
    expect(service('postgres-replica').profiles).toEqual(['replica'])
  })

  it('gives every service but nginx a health check, the app’s on /healthz', () => {
    expect(healthTest('postgres')).toContain('pg_isready')
    expect(healthTest('redis')).toContain('redis-cli ping')
    expect(healthTest('postgres-replica')).toContain('pg_is_in_recovery()')
    expect(healthTest('app')).toContain('/healthz')
    expect(service('app').depends_on).toEqual({
      postgres: { condition: 'service_healthy' },
      redis: { condition: 'service_healthy' },
    })
    expect(service('nginx').depends_on).toEqual({ app: { condition: 'service_healthy' } })
  })

  it('builds the app from the Dockerfile (npm run build, then serve), for the origin nginx serves', () => {
    const app = service('app')
    expect(app.build?.context).toBe('.')
    expect(app.command).toBeUndefined()
    expect(app.build?.args?.SERVER_URL).toBe(appEnvironment().SERVER_URL)
    expect(app.build?.args?.SERVER_URL).toBe(
      `http://localhost:${service('nginx').environment?.GROUNDWORK_LISTEN}`,
    )
    // Long enough for the app's own shutdown cap, so Docker never cuts a clean stop short.
    expect(seconds(app.stop_grace_period) * 1000).toBeGreaterThan(SHUTDOWN_CAP_MS)
    expect(app.init).toBe(true)
  })

  it('tells the app a valid environment: the database, Redis, and replicas only when named', () => {
    const env = parseEnv(appEnvironment())
    expect(new URL(env.DATABASE_URL).hostname).toBe('postgres')
    expect(env.REDIS_URL).toBe('redis://redis:6379')
    expect(env.DATABASE_REPLICA_URLS).toEqual([])
    // The command at the top of the file, for the replica profile.
    const replicaUrl = text.match(/DATABASE_REPLICA_URLS=(\S+)/)?.[1] ?? ''
    const withReplica = parseEnv(appEnvironment({ ...exported, DATABASE_REPLICA_URLS: replicaUrl }))
    expect(withReplica.DATABASE_REPLICA_URLS.map((url) => new URL(url).hostname)).toEqual([
      'postgres-replica',
    ])
    expect(() => appEnvironment({})).toThrow(/PAYLOAD_SECRET is required/)
  })

  it('shows an S3 bucket in comments that, uncommented, the app accepts', () => {
    const commented = [...text.matchAll(/^\s+# (S3_\w+): (.+)$/gm)].map(
      ([, key = '', value = '']) => [
        key,
        interpolate(value.replace(/^"|"$/g, ''), {
          S3_ACCESS_KEY_ID: 'AKIAEXAMPLE',
          S3_SECRET_ACCESS_KEY: 'secret-example',
        }),
      ],
    )
    expect(commented.map(([key]) => key)).toContain('S3_ENDPOINT')
    const env = parseEnv({ ...appEnvironment(), ...Object.fromEntries(commented) })
    expect(env.S3_BUCKET).toBeTruthy()
    expect(env.S3_ENDPOINT).toMatch(/^https:\/\//)
  })

  it('copies the replica from the primary and lets it connect for replication', () => {
    const replica = service('postgres-replica')
    const command = [replica.command ?? []].flat().join(' ')
    expect(command).toMatch(/pg_basebackup -h postgres -U groundwork .*-R -X stream/)
    expect(replica.depends_on).toEqual({ postgres: { condition: 'service_healthy' } })
    expect(replica.image).toBe(service('postgres').image)
    expect(compose.configs?.pg_hba?.content).toMatch(/^host replication all all scram-sha-256$/m)
    expect([service('postgres').command ?? []].flat().join(' ')).toContain(
      'hba_file=/etc/postgresql/pg_hba.conf',
    )
  })

  it('gives nginx every variable its template substitutes, with the app containers upstream', () => {
    const template = fs.readFileSync(
      path.join(repoRoot, 'deploy/nginx/groundwork.conf.template'),
      'utf8',
    )
    const substituted = [
      ...new Set([...template.matchAll(/\$\{(GROUNDWORK_\w+)\}/g)].map(([, name]) => name)),
    ]
    const nginxEnv = service('nginx').environment ?? {}
    expect(substituted.length).toBeGreaterThan(0)
    for (const name of substituted) expect(Object.keys(nginxEnv)).toContain(name)
    expect(nginxEnv.GROUNDWORK_UPSTREAM_SERVERS).toMatch(/^server app:3000 [^;]*;$/)
    expect(interpolate(String(nginxEnv.GROUNDWORK_REFRESH_TOKEN), exported)).toBe(
      appEnvironment().PROXY_REFRESH_TOKEN,
    )
  })

  it('keeps uploads in a volume every app container shares, where the image puts MEDIA_DIR', () => {
    const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
    const mediaDir = dockerfile.match(/MEDIA_DIR=(\S+)/)?.[1]
    expect(service('app').volumes).toContain(`media:${mediaDir}`)
    expect(Object.keys(compose.volumes)).toContain('media')
  })
})
