import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

/**
 * Debian's Chromium, headless. No browser is downloaded: CI installs the `chromium` package.
 * The flags keep it from calling home, which this machine's closed network would refuse.
 */
export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

/** One browser for a test file: launched before its tests, closed after them. */
export const useBrowser = (): (() => Browser) => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(() => browser?.close())
  return () => {
    if (!browser) throw new Error('The browser is not running yet')
    return browser
  }
}
