import fs from 'node:fs'
import { launch } from 'chrome-launcher'
import lighthouse, { type Result } from 'lighthouse'

export type LighthouseScores = {
  /** Category scores, 0-100. */
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** Largest Contentful Paint, Total Blocking Time (ms) and Cumulative Layout Shift. */
  lcpMs: number
  tbtMs: number
  cls: number
}

export type LighthouseOptions = {
  /** Lighthouse varies from run to run; the median run by performance score is returned. */
  runs?: number
  /** Defaults to CHROMIUM_PATH, then Debian's Chromium. A browser is never downloaded. */
  chromePath?: string
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo']

const chromeFlags = [
  '--headless=new',
  // Containers and CI runners rarely allow Chrome's sandbox, and have no GPU.
  '--no-sandbox',
  '--disable-gpu',
]

const categoryScore = (lhr: Result, id: string) => {
  const score = lhr.categories[id]?.score
  if (score === null || score === undefined) {
    throw new Error(`Lighthouse gave no ${id} score for ${lhr.finalDisplayedUrl}`)
  }
  return Math.round(score * 100)
}

const auditValue = (lhr: Result, id: string) => {
  const value = lhr.audits[id]?.numericValue
  if (value === undefined) {
    throw new Error(`Lighthouse measured no ${id} for ${lhr.finalDisplayedUrl}`)
  }
  return value
}

const scoresOf = (lhr: Result): LighthouseScores => ({
  performance: categoryScore(lhr, 'performance'),
  accessibility: categoryScore(lhr, 'accessibility'),
  bestPractices: categoryScore(lhr, 'best-practices'),
  seo: categoryScore(lhr, 'seo'),
  lcpMs: Math.round(auditValue(lhr, 'largest-contentful-paint')),
  tbtMs: Math.round(auditValue(lhr, 'total-blocking-time')),
  cls: Number(auditValue(lhr, 'cumulative-layout-shift').toFixed(3)),
})

/**
 * One run in a Chrome of its own: a fresh profile each time, so no run inherits another's
 * cache. No config is passed, so Lighthouse's defaults apply: mobile form factor with its
 * simulated mobile throttling, which keeps results comparable with PageSpeed Insights.
 */
const runOnce = async (url: string, chromePath: string): Promise<LighthouseScores> => {
  const chrome = await launch({ chromePath, chromeFlags, logLevel: 'silent' })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      onlyCategories: categories,
      output: 'json',
      logLevel: 'error',
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
    const { lhr } = result
    if (lhr.runtimeError) {
      throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.message}`)
    }
    return scoresOf(lhr)
  } finally {
    chrome.kill()
  }
}

/** Runs Lighthouse `runs` times, one after another so runs never compete for the CPU. */
export const measureLighthouse = async (
  url: string,
  {
    runs = 1,
    chromePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  }: LighthouseOptions = {},
): Promise<LighthouseScores> => {
  if (!fs.existsSync(chromePath)) {
    throw new Error(
      `No Chromium at ${chromePath}: install it (apt-get install chromium) or set CHROMIUM_PATH`,
    )
  }
  const results: LighthouseScores[] = []
  for (let run = 0; run < Math.max(1, runs); run++) {
    results.push(await runOnce(url, chromePath))
  }
  results.sort((a, b) => a.performance - b.performance)
  // With an even count this is the upper middle run: a real run, never an average of two.
  const median = results[Math.floor(results.length / 2)]
  if (!median) throw new Error('No Lighthouse run')
  return median
}
