import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { formatTable } from './table'

export type Row = {
  measure: string
  value: string
  /** What the issue asks for; empty for context rows. */
  target: string
  /** `null` when the row has no target. */
  met: boolean | null
}

const resultsDir = path.resolve(import.meta.dirname, '../../results')
const repoRoot = path.resolve(import.meta.dirname, '../../..')

/** The first line a tool prints about its version; nginx prints it on stderr. */
const versionOf = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (result.error) return 'not found'
  return (result.stdout.trim() || result.stderr.trim()).split('\n')[0] ?? 'unknown'
}

const packageVersion = (name: string) => {
  const file = path.join(repoRoot, 'node_modules', name, 'package.json')
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    : 'not installed'
}

/** What the numbers were measured on: they mean little without it. */
export const machine = () => ({
  date: new Date().toISOString(),
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown'}`,
  memoryGb: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  next: packageVersion('next'),
  payload: packageVersion('payload'),
  react: packageVersion('react'),
  nginx: versionOf(process.env.NGINX_PATH || '/usr/sbin/nginx', ['-v']),
  chromium: versionOf(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version']),
  lighthouse: packageVersion('lighthouse'),
  autocannon: packageVersion('autocannon'),
  commit: versionOf('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD']),
})

const metLabel = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'NOT MET')

export const resultsTable = (rows: Row[]) =>
  formatTable(
    ['measure', 'value', 'target', 'result'],
    rows.map((row) => [row.measure, row.value, row.target, metLabel(row.met)]),
  )

/** Writes `<name>.json` and `<name>.md` under bench/results/ and returns their paths. */
export const writeResults = (
  name: string,
  run: { options: Record<string, unknown>; rows: Row[]; raw: Record<string, unknown> },
) => {
  fs.mkdirSync(resultsDir, { recursive: true })
  const about = machine()
  const json = path.join(resultsDir, `${name}.json`)
  const markdown = path.join(resultsDir, `${name}.md`)
  fs.writeFileSync(json, `${JSON.stringify({ machine: about, ...run }, null, 2)}\n`)
  const facts = Object.entries(about)
    .map(([key, value]) => `- ${key}: ${value}`)
    .join('\n')
  const options = Object.entries(run.options)
    .map(([key, value]) => `${key} ${value}`)
    .join(', ')
  fs.writeFileSync(
    markdown,
    `# Benchmark: ${name}\n\nRun with: ${options}.\n\n${resultsTable(run.rows)}\n\n## Machine\n\n${facts}\n`,
  )
  return { json, markdown }
}
