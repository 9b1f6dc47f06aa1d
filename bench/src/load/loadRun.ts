import autocannon from 'autocannon'

export type LoadResult = {
  label: string
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Connection errors, timeouts and answers outside 2xx/3xx. */
  errors: number
  timeouts: number
  non2xx: number
}

export type LoadOptions = {
  label: string
  url: string
  connections?: number
  seconds: number
  /** Paths each connection walks through in turn; the url's own path when absent. */
  paths?: string[]
  headers?: Record<string, string>
  /** Seconds before a request counts as timed out. */
  timeoutSeconds?: number
}

/** One bounded autocannon run against 127.0.0.1, summarised. */
export const runLoad = async ({
  label,
  url,
  connections = 50,
  seconds,
  paths,
  headers,
  timeoutSeconds = 10,
}: LoadOptions): Promise<LoadResult> => {
  const host = new URL(url).hostname
  if (host !== '127.0.0.1' && host !== 'localhost') {
    throw new Error(`Load runs only hit this machine, not ${host}`)
  }
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: timeoutSeconds,
    headers,
    requests: paths?.map((path) => ({ method: 'GET', path })),
  })
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  }
}
