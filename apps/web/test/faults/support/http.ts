/** A plain GET as a reader's browser or the admin sends it, timed, never waiting forever. */
export type Answer = { status: number; ms: number; contentType: string; text: string }

/** Longer than any calm answer: a request still open by then counts as a hang. */
const HANG_MS = 30_000

export const timedGet = async (url: string, headers: Record<string, string> = {}) => {
  const started = Date.now()
  const response = await fetch(url, { headers, signal: AbortSignal.timeout(HANG_MS) })
  const text = await response.text()
  return {
    status: response.status,
    ms: Date.now() - started,
    contentType: response.headers.get('content-type') ?? '',
    text,
  } satisfies Answer
}

/**
 * Traces of the server's insides in an answer: the driver's error, SQL, the database's address,
 * file paths and stack frames. Readers and API clients should see none of them.
 */
export const internalsIn = (text: string, databaseUrl: string): string[] => {
  const markers = [
    /ECONNREFUSED/,
    /Failed query/,
    /\bselect\b[^<>]{0,200}\bfrom\b/i,
    new RegExp(`:${new URL(databaseUrl).port}\\b`),
    /postgres:\/\//,
    /node_modules|\.next-faults/,
    /\n\s+at \S+ \(/,
  ]
  return markers.filter((marker) => marker.test(text)).map(String)
}
