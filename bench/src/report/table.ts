/** A plain-text table whose columns fit their widest cell. */
export const formatTable = (header: string[], rows: string[][]) => {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  )
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
    '\n',
  )
}

export const printTable = (header: string[], rows: string[][]) =>
  console.log(`\n${formatTable(header, rows)}`)

export const median = (values: number[]) => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

/** Bytes as kilobytes, one decimal: how the tables show page weights. */
export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
