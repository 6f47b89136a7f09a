// One Chromium for the whole e2e run (jest's globalSetup starts it, globalTeardown stops it): each jest
// worker connects to it once (tests/e2e/phones.ts) instead of launching its own, which cost about 1.5 s of
// CPU per file. Its phones (browser contexts) close when the worker disconnects.
import fs from 'node:fs'
import { type Browser, type BrowserServer, chromium } from 'playwright-core'

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
/** Where globalSetup leaves the running browser's address for the test files (their workers inherit it). */
const ENDPOINT_ENV = 'TONGXIN_E2E_BROWSER'

function requireChromium(): void {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install it with \`apt-get install -y chromium-headless-shell\` (npm test and .ci/run do)`)
}

/** The run's browser when globalSetup started one, else a browser of this connection's own (closed with it). */
export async function openBrowser(): Promise<Browser> {
  const endpoint = process.env[ENDPOINT_ENV]
  if (endpoint) return chromium.connect(endpoint)
  requireChromium()
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })
}

// Jest runs globalSetup and globalTeardown in its main process; globals set in one are seen by the other.
const SERVER = Symbol.for('tongxin.e2e.browserServer')
const held = globalThis as { [SERVER]?: BrowserServer }

/** jest globalSetup (tests/jest/e2e.config.js). */
export async function startSharedBrowser(): Promise<void> {
  requireChromium()
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true })
  held[SERVER] = server
  process.env[ENDPOINT_ENV] = server.wsEndpoint()
}

/** jest globalTeardown. */
export async function stopSharedBrowser(): Promise<void> {
  await held[SERVER]?.close()
  delete held[SERVER]
  delete process.env[ENDPOINT_ENV]
}
