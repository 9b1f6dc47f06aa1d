import type { FileResult } from '@groundwork/cms/import'

/** How `npm run import` words each file's outcome and the whole run. */
export const resultLines = (result: FileResult, name: string): string[] => {
  const head = result.ok
    ? `✓ ${name}: ${result.operation} draft "${result.slug}"${
        result.added.length > 0 ? `, new ${result.added.join(', ')}` : ''
      }`
    : `✖ ${name}: ${result.reason}`
  return [head, ...result.warnings.map((warning) => `  ! ${warning}`)]
}

const count = (results: FileResult[], match: (result: FileResult) => boolean) =>
  results.filter(match).length

export const summaryLine = (results: FileResult[]) => {
  const created = count(results, (r) => r.ok && r.operation === 'created')
  const updated = count(results, (r) => r.ok && r.operation === 'updated')
  const failed = count(results, (r) => !r.ok)
  const warned = count(results, (r) => r.warnings.length > 0)
  return [
    `${results.length} file${results.length === 1 ? '' : 's'}: ${created} created, ${updated} updated, ${failed} failed`,
    warned > 0 ? `, ${warned} with warnings` : '',
    '. Imported articles are drafts: review and publish them in the admin.',
  ].join('')
}
