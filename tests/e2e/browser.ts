// Each e2e jest worker's Chromium: launched once, on the worker's first phone (tests/e2e/phones.ts), and kept
// for the worker's journey files (playwright-core closes it when the worker exits). A browser of the worker's
// own, rather than one server for the run that each worker connects to, spares every Playwright call a hop
// through a second process: on this machine the e2e project took about 14 s less CPU (124.7–152.9 s against
// 135.9–160.3 s, three runs each, back to back), more than the second launch costs (about 1.5 s).
import fs from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

// The headless shell (scripts/ensure-browser.sh); CHROMIUM_PATH=/usr/bin/chromium for the desktop browser.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run'
]

/** A new Chromium for this process (closed with it). */
export async function openBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium-headless-shell\` (npm test and .ci/run do)`)
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })
}
