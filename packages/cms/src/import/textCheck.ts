const isSpace = (char: string | undefined) => char !== undefined && /\s/.test(char)

/** Index in `expected` where the texts first differ, whitespace aside; undefined when they agree. */
export const firstDifference = (expected: string, actual: string): number | undefined => {
  let i = 0
  let j = 0
  for (;;) {
    while (isSpace(expected[i])) i++
    while (isSpace(actual[j])) j++
    const expectedDone = i >= expected.length
    const actualDone = j >= actual.length
    if (expectedDone || actualDone) return expectedDone && actualDone ? undefined : i
    if (expected[i] !== actual[j]) return i
    i++
    j++
  }
}

/**
 * A warning when the converted body does not read like the file: the converter dropped or
 * garbled something (Markdown it does not support, say). Undefined when every word arrived.
 */
export const textChangeWarning = (expected: string, actual: string): string | undefined => {
  const at = firstDifference(expected, actual)
  if (at === undefined) return undefined
  const near = expected.slice(Math.max(0, at - 30), at + 30).trim()
  return `the text changed in conversion near "${near}": check the draft`
}
