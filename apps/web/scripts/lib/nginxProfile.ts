import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../../src/runtime/env'
import { freePort, portInUse } from './freePort'

const template = path.join(repoRoot, 'deploy/nginx/groundwork.conf.template')
const nginxBinary = process.env.NGINX_PATH || '/usr/sbin/nginx'

export type RunningNginx = {
  /** The production profile: nginx in front of the app. */
  profileUrl: string
  /** Plain nginx serving files from `staticDir`: the limit any origin is measured against. */
  staticUrl: string
  staticDir: string
  /** Empties the page cache, so a measurement starts from what the app serves. */
  clearCache: () => void
  stop: () => Promise<void>
}

/** The app instances as the template's `server` lines; a dead one rests for five seconds. */
export const upstreamServers = (upstreams: string[]) =>
  upstreams.map((upstream) => `server ${upstream} max_fails=2 fail_timeout=5s;`).join('\n    ')

/** Only `${GROUNDWORK_*}` names, as the official image's envsubst step does with ours. */
export const renderProfile = (values: Record<string, string>) =>
  fs.readFileSync(template, 'utf8').replace(/\$\{(GROUNDWORK_[A-Z_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) throw new Error(`deploy/nginx template needs ${name}`)
    return value
  })

/** Where the profile will listen and its refresh token, decided before the app starts. */
export type ProfilePlan = {
  port: number
  refreshToken: string
  /** What the app needs to refresh the profile's pages when content changes. */
  appEnv: { PROXY_REFRESH_URL: string; PROXY_REFRESH_TOKEN: string }
}

/** The profile's address and token, so the app can be started knowing them (`startNginx(…, plan)`). */
export const planProfile = async (): Promise<ProfilePlan> => {
  const port = await freePort()
  const refreshToken = randomBytes(24).toString('hex')
  return {
    port,
    refreshToken,
    appEnv: { PROXY_REFRESH_URL: `http://127.0.0.1:${port}`, PROXY_REFRESH_TOKEN: refreshToken },
  }
}

/**
 * Debian's nginx with the shipped profile (deploy/nginx) in front of `upstream` (one app
 * instance, `host:port`, or several), plus a static server on a second port, in a throwaway
 * prefix. Access logs are off in both so they cost the same.
 */
export const startNginx = async (
  upstream: string | string[],
  plan?: ProfilePlan,
): Promise<RunningNginx> => {
  if (!fs.existsSync(nginxBinary)) {
    throw new Error(
      `nginx not found at ${nginxBinary}: install Debian's package (apt-get install -y nginx-light) or set NGINX_PATH.`,
    )
  }
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'groundwork-nginx-'))
  // Workers run as an unprivileged user when nginx starts as root: they must write the cache.
  fs.chmodSync(prefix, 0o777)
  const staticDir = path.join(prefix, 'static')
  const cacheDir = path.join(prefix, 'cache')
  for (const dir of [staticDir, cacheDir, path.join(prefix, 'logs')]) {
    fs.mkdirSync(dir)
    fs.chmodSync(dir, 0o777)
  }
  // Without a plan of the caller's, nobody else knows the token: nothing refreshes the pages.
  const { port: profilePort, refreshToken } = plan ?? (await planProfile())
  const staticPort = await freePort()
  fs.writeFileSync(
    path.join(prefix, 'groundwork.conf'),
    renderProfile({
      GROUNDWORK_UPSTREAM_SERVERS: upstreamServers([upstream].flat()),
      GROUNDWORK_LISTEN: `127.0.0.1:${profilePort}`,
      GROUNDWORK_CACHE_DIR: cacheDir,
      GROUNDWORK_REFRESH_TOKEN: refreshToken,
    }),
  )
  fs.writeFileSync(
    path.join(prefix, 'nginx.conf'),
    `worker_processes auto;
pid ${prefix}/nginx.pid;
error_log ${prefix}/logs/error.log warn;
events { worker_connections 4096; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  include ${prefix}/groundwork.conf;
  server {
    listen 127.0.0.1:${staticPort};
    root ${staticDir};
    default_type text/html;
  }
}
`,
  )
  const nginx: ChildProcess = spawn(
    nginxBinary,
    ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  )
  // A crashed or interrupted run must not leave nginx holding ports.
  const killOnExit = () => nginx.kill('SIGQUIT')
  process.once('exit', killOnExit)
  let stderr = ''
  nginx.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  for (let i = 0; !(await portInUse(profilePort)) || !(await portInUse(staticPort)); i++) {
    if (nginx.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${stderr}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  return {
    profileUrl: `http://127.0.0.1:${profilePort}`,
    staticUrl: `http://127.0.0.1:${staticPort}`,
    staticDir,
    clearCache: () => {
      for (const entry of fs.readdirSync(cacheDir)) {
        fs.rmSync(path.join(cacheDir, entry), { recursive: true, force: true })
      }
    },
    stop: async () => {
      process.off('exit', killOnExit)
      if (nginx.exitCode === null) {
        const exited = new Promise((resolve) => nginx.once('exit', resolve))
        nginx.kill('SIGQUIT')
        await exited
      }
      fs.rmSync(prefix, { recursive: true, force: true })
    },
  }
}
