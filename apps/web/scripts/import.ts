/**
 * `npm run import -- <files or folders>`: Markdown and HTML files become draft articles (see
 * docs/import.md). Uses DATABASE_URL when set, otherwise the embedded PostgreSQL of `npm start`
 * (its running server, or one started for the import). Exit code 1 when any file failed.
 */
import { resolveLexicalBuildsDirectly } from './lib/lexicalBuilds'
import { progressBar } from './lib/progressBar'

const USAGE = `Usage: npm run import -- <file or folder>…
Turns Markdown (.md) and HTML (.html) files into draft articles; folders are searched.`

const main = async (): Promise<number> => {
  const args = process.argv.slice(2)
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE)
    return 0
  }
  if (args.length === 0) {
    console.error(USAGE)
    return 2
  }
  // Loaded only now, after the resolution rule: the import brings in Payload and Lexical.
  resolveLexicalBuildsDirectly()
  const { runImport } = await import('./lib/runImport')
  return runImport(args, progressBar(process.stderr))
}

// Payload keeps timers and sockets open after destroy(); the exit code is what callers read.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✖ ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
