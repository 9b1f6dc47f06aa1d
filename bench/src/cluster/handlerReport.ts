import fs from 'node:fs'
import path from 'node:path'

/** Writes the comparison to results/<date>-cache-handlers.{json,md}, beside the other benchmarks. */
export const writeHandlerReport = ({
  table,
  results,
  labels,
  nodeBinary,
}: {
  table: string
  results: Record<string, Record<string, string>>
  labels: string[]
  nodeBinary: string
}) => {
  const resultsDir = path.resolve(import.meta.dirname, '../../results')
  const stem = `${new Date().toISOString().slice(0, 10)}-cache-handlers`
  fs.writeFileSync(
    path.join(resultsDir, `${stem}.json`),
    `${JSON.stringify({ node: process.version, nodeBinary, results }, null, 2)}\n`,
  )
  fs.writeFileSync(
    path.join(resultsDir, `${stem}.md`),
    [
      `# Redis cache handlers for Next.js, side by side (${stem})`,
      '',
      'Two worker processes per handler play two app instances sharing one `redis-server` 7.0',
      '(bench/src/cluster/handlerComparison.ts). Calls are capped at 5 s.',
      '',
      table,
      '',
      ...labels,
      `- Node: ${nodeBinary === process.execPath ? process.version : nodeBinary}`,
      '',
    ].join('\n'),
  )
}
