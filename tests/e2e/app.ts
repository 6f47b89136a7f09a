// End-to-end rig: the real local cloud (seeded demo) and gateway serving the H5 build on a free
// port, and Debian's Chromium (its headless shell) driven by playwright-core. Screenshots go to artifacts/e2e/.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Download, Locator, Page } from 'playwright-core'
import { LocalCloud } from '@localcloud/cloud'
import { loadDemo } from '@localcloud/cli/demo'
import { type Gateway, startGateway } from '@localcloud/gateway/server'
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { openBrowser } from './browser'

export const REPO = path.resolve(__dirname, '../..')
export const H5_DIR = path.join(REPO, 'dist/h5')
export const ARTIFACTS = path.join(REPO, 'artifacts/e2e')

export interface App {
  url: string
  cloud: LocalCloud
  browser: Browser
  /** A phone-sized browser context (its own cookies: one signed-in person each). */
  phone(): Promise<{ context: BrowserContext; page: Page }>
  /** The page of a new phone, when the test needs no more (its context closes with the browser). */
  phonePage(): Promise<Page>
  shot(page: Page, name: string): Promise<void>
  close(): Promise<void>
}

/**
 * `scheduler`: the gateway's /dev/scheduler (timers fired by hand only, never at their time: a test
 * decides when the 08:00 run happens).
 */
export async function startApp(opts: { scheduler?: boolean } = {}): Promise<App> {
  if (!fs.existsSync(path.join(H5_DIR, 'index.html')))
    throw new Error('dist/h5 is missing: build it first with `npm run build:h5` (npm test does)')
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-e2e-'))
  const cloud = new LocalCloud({ dataDir })
  const demo = loadDemo()
  await demo.seedIfEmpty(cloud)
  const scheduler = opts.scheduler ? new Scheduler(cloud) : undefined
  const gateway: Gateway = await startGateway({
    cloud,
    scheduler,
    staticRoot: H5_DIR,
    localMode: true,
    listPeople: () => demo.people(cloud)
  })
  const browser = await openBrowser()
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const phone = async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      // A phone set to reduce motion (src/core/reducedMotion.css): pages appear without sliding in, so
      // Chromium draws no transition frames (about a tenth of the journeys' CPU) and nothing waits on them.
      reducedMotion: 'reduce'
    })
    const page = await context.newPage()
    page.on('pageerror', (e) => {
      throw e
    })
    return { context, page }
  }
  return {
    url: gateway.url,
    cloud,
    browser,
    phone,
    phonePage: async () => (await phone()).page,
    async shot(page, name) {
      // Wait for the page-change animation to finish, or both pages end up in the picture.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) })
    },
    async close() {
      await browser.close()
      await gateway.close()
      cloud.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}

/** Visible text only: Taro's H5 router keeps earlier pages in the DOM, hidden. */
export function text(page: Page, value: string | RegExp, opts: { exact?: boolean } = {}): Locator {
  return page.getByText(value, opts).filter({ visible: true }).first()
}

/** Every visible match of a selector (Taro's H5 router keeps earlier pages in the DOM, hidden). */
export function visible(page: Page, selector: string): Locator {
  return page.locator(selector).filter({ visible: true })
}

/** The native <input> inside Taro's input component, by placeholder. */
export function input(page: Page, placeholder: string): Locator {
  return page.locator(`input[placeholder="${placeholder}"]`).filter({ visible: true }).first()
}

/** Signs in on the demo sign-in page by tapping the person's name. */
export async function signInAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(`${url}/`)
  await text(page, '选择演示身份').waitFor()
  await text(page, name, { exact: true }).click()
}

/** A download's bytes (its path() is not available from a browser connected to remotely, as the run's is). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
