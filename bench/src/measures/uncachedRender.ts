import { median } from '../report/table'

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
}

/**
 * Time to first byte of pages nobody asked for yet, one at a time: each is rendered on the
 * spot (Next has nothing cached for it), with the server warm. On loopback this is the
 * server's time. Every answer must be 200.
 */
export const measureFirstRenders = async (baseUrl: string, paths: string[]) => {
  const times: number[] = []
  for (const path of paths) {
    const started = performance.now()
    const response = await fetch(`${baseUrl}${path}`)
    const firstByte = performance.now() - started
    await response.arrayBuffer()
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
    if (response.headers.get('x-nextjs-cache') === 'HIT') {
      throw new Error(`${path} was already cached: the measurement needs pages never rendered`)
    }
    times.push(firstByte)
  }
  return { count: times.length, p50Ms: median(times), p95Ms: percentile(times, 95) }
}
