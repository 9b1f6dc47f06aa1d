import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { repoRoot } from '@/runtime/env'
import { standaloneLayout } from '../../scripts/lib/standalone'

/**
 * Images cannot be pulled on this machine, so the Dockerfile is read instead of built: what it
 * says about the base, the user, the health check and what the final stage contains.
 */
type Instruction = { keyword: string; args: string }
type Stage = { name: string; from: string; instructions: Instruction[] }

/** Instructions in order: comments dropped, continued lines joined, keywords upper-cased. */
const instructions = (text: string): Instruction[] =>
  text
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [keyword = '', ...rest] = line.split(/\s+/)
      return { keyword: keyword.toUpperCase(), args: rest.join(' ') }
    })

/** Stages with their base resolved from the ARGs declared before the first FROM. */
const stages = (all: Instruction[]): Stage[] => {
  const globalArgs = new Map<string, string>()
  const result: Stage[] = []
  for (const instruction of all) {
    if (instruction.keyword === 'FROM') {
      const [image = '', , name = ''] = instruction.args.split(/\s+/)
      const from = image.replace(/\$\{(\w+)\}/g, (_, arg: string) => globalArgs.get(arg) ?? '')
      result.push({ name, from, instructions: [] })
    } else if (result.length === 0 && instruction.keyword === 'ARG') {
      const [arg = '', value = ''] = instruction.args.split('=')
      globalArgs.set(arg, value)
    } else {
      result.at(-1)?.instructions.push(instruction)
    }
  }
  return result
}

const dockerfile = fs.readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8')
const allStages = stages(instructions(dockerfile))
const final = allStages.at(-1) as Stage
const inFinal = (keyword: string) =>
  final.instructions.filter((instruction) => instruction.keyword === keyword)

/** The workspaces of the root package.json, as folders (`packages/*` expanded). */
const workspaceFolders = () => {
  const { workspaces } = JSON.parse(
    fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'),
  ) as { workspaces: string[] }
  return workspaces.flatMap((pattern) =>
    pattern.endsWith('/*')
      ? fs
          .readdirSync(path.join(repoRoot, pattern.slice(0, -2)), { withFileTypes: true })
          .filter((entry) =>
            fs.existsSync(path.join(repoRoot, pattern.slice(0, -2), entry.name, 'package.json')),
          )
          .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
      : [pattern],
  )
}

describe('the Dockerfile', () => {
  it('builds and runs on Node 24 (the official bookworm-slim image), in more than one stage', () => {
    expect(allStages.length).toBeGreaterThanOrEqual(2)
    for (const stage of allStages) expect(stage.from).toBe('node:24-bookworm-slim')
  })

  it('runs as an unprivileged user, set before the command', () => {
    const users = inFinal('USER').map((instruction) => instruction.args)
    expect(users.length).toBeGreaterThan(0)
    const user = users.at(-1) ?? ''
    expect(user).not.toMatch(/^(root|0)(:|$)/)
    const keywords = final.instructions.map((instruction) => instruction.keyword)
    expect(keywords.lastIndexOf('USER')).toBeLessThan(keywords.lastIndexOf('CMD'))
  })

  it('checks its health on /healthz, exposes 3000 and runs serve.mjs beside the standalone server.js', () => {
    const [healthcheck] = inFinal('HEALTHCHECK')
    expect(healthcheck?.args).toMatch(/\/healthz/)
    expect(healthcheck?.args).toMatch(/--interval=\d+s/)
    expect(inFinal('EXPOSE').map((instruction) => instruction.args)).toEqual(['3000'])
    const layout = standaloneLayout('.next')
    const serveEntry = path.join(path.relative(layout.root, layout.app), 'serve.mjs')
    expect(JSON.parse(inFinal('CMD').at(-1)?.args ?? '[]')).toEqual(['node', serveEntry])
  })

  it('keeps only the standalone folder of `npm run build` in the final stage, its build folder the user’s own', () => {
    const build = allStages.find((stage) =>
      stage.instructions.some(
        (instruction) =>
          instruction.keyword === 'RUN' && instruction.args.includes('npm run build'),
      ),
    )
    expect(build?.name).toBeTruthy()
    const buildRun =
      build?.instructions.find((instruction) => instruction.args.includes('npm run build'))?.args ??
      ''
    expect(buildRun).toContain(path.join('apps/web/.next', 'standalone'))
    const copies = inFinal('COPY').map((instruction) => instruction.args)
    expect(copies.every((args) => args.startsWith(`--from=${build?.name} `))).toBe(true)
    expect(copies.some((args) => /\/standalone \.\/$/.test(args))).toBe(true)
    const user = inFinal('USER').at(-1)?.args
    expect(copies).toContainEqual(
      expect.stringMatching(
        new RegExp(`^--from=${build?.name} --chown=${user}:${user} \\S+ \\./apps/web/\\.next$`),
      ),
    )
    // Nothing installs or builds in the final stage: it is the folder and Node.
    expect(
      inFinal('RUN')
        .map((instruction) => instruction.args)
        .join(' '),
    ).not.toMatch(/npm|npx/)
  })

  it('gives the user the media folder MEDIA_DIR names', () => {
    const mediaDir = inFinal('ENV')
      .map((instruction) => instruction.args.match(/MEDIA_DIR=(\S+)/)?.[1])
      .find(Boolean)
    expect(mediaDir).toBeTruthy()
    const user = inFinal('USER').at(-1)?.args
    expect(inFinal('RUN').map((instruction) => instruction.args)).toContainEqual(
      expect.stringContaining(`chown ${user}:${user} ${mediaDir}`),
    )
  })

  it('copies the package.json of every workspace before `npm ci`, so the install layer is complete', () => {
    const build = allStages[0] as Stage
    const ci = build.instructions.findIndex((instruction) => instruction.args.startsWith('npm ci'))
    expect(ci).toBeGreaterThan(0)
    const copiedBefore = build.instructions
      .slice(0, ci)
      .filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => instruction.args)
    expect(copiedBefore).toContain('package.json package-lock.json ./')
    for (const folder of workspaceFolders()) {
      expect(copiedBefore).toContain(`${folder}/package.json ${folder}/`)
    }
  })

  it('leaves local data, secrets, builds and installed modules out of the build context', () => {
    const ignored = fs
      .readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
    for (const entry of ['.git', '**/node_modules', '**/.next', '**/.next-*', '.data', '.env']) {
      expect(ignored).toContain(entry)
    }
  })
})
