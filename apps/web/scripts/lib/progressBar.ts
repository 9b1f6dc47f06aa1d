export type Progress = {
  /** Shows how far the work is; `label` says what is being done now. */
  update: (done: number, total: number, label: string) => void
  /** A line that stays (a result, a warning), printed above the bar. */
  log: (line: string) => void
  /** Removes the bar. */
  end: () => void
}

const WIDTH = 24
const CLEAR_LINE = '\r\x1b[2K'

export const renderBar = (done: number, total: number, label: string, columns: number) => {
  const filled = total > 0 ? Math.round((done / total) * WIDTH) : WIDTH
  const bar = `[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} `
  const room = Math.max(0, columns - bar.length - 1)
  return bar + (label.length > room ? `…${label.slice(label.length - room + 1)}` : label)
}

/**
 * A one-line bar redrawn in place on a terminal. On a pipe or a file (CI, logs) no bar is
 * drawn: the logged lines, one per file, are the whole output.
 */
export const progressBar = (stream: NodeJS.WriteStream): Progress => {
  if (!stream.isTTY) {
    return { update: () => {}, log: (line) => stream.write(`${line}\n`), end: () => {} }
  }
  let bar = ''
  return {
    update: (done, total, label) => {
      bar = renderBar(done, total, label, stream.columns || 80)
      stream.write(CLEAR_LINE + bar)
    },
    log: (line) => stream.write(`${CLEAR_LINE}${line}\n${bar}`),
    end: () => {
      bar = ''
      stream.write(CLEAR_LINE)
    },
  }
}
