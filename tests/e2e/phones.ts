// The phones of one jest worker: the worker's Chromium (tests/e2e/browser.ts) and the
// phone-sized browser contexts, each with its tab, kept from one test and one journey file to the next.
// tests/e2e/environment.ts holds them (a test environment module lives as long as its worker) and hands them
// to each journey file; the journeys take and give them back through the rig (tests/e2e/app.ts).
// A new tab costs Chromium a renderer and a cold start of the H5 app, about 1 s of CPU; a phone given back is
// signed out and emptied instead (cookies, storage, permissions, location, other tabs) and left on about:blank.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { openBrowser } from './browser'

export interface Phone {
  context: BrowserContext
  page: Page
}

export class WorkerPhones {
  private browser: Promise<Browser> | null = null
  private readonly free: Phone[] = []

  /** A kept phone, or a new one. */
  async take(): Promise<Phone> {
    const kept = this.free.pop()
    if (kept) return kept
    this.browser ??= openBrowser()
    const context = await (await this.browser).newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      // A phone set to reduce motion (src/core/reducedMotion.css): pages appear without sliding in, so
      // Chromium draws no transition frames (about a tenth of the journeys' CPU) and nothing waits on them.
      reducedMotion: 'reduce'
    })
    return { context, page: await context.newPage() }
  }

  /** Signs the phone out and empties it for the next taker; a phone that cannot be (closed, hung) is dropped. */
  async give(phone: Phone): Promise<void> {
    const { context, page } = phone
    try {
      if (page.isClosed()) return
      for (const other of context.pages()) if (other !== page) await other.close()
      // Taro's H5 storage (the session's caches) is the origin's localStorage.
      if (/^https?:/.test(page.url()))
        await page.evaluate(() => {
          localStorage.clear()
          sessionStorage.clear()
        })
      await context.clearCookies()
      await context.clearPermissions()
      await context.setGeolocation(null)
      await page.goto('about:blank')
      this.free.push(phone)
    } catch {
      await context.close().catch(() => undefined)
    }
  }

  /** Closes the browser and its contexts. */
  async close(): Promise<void> {
    const browser = this.browser
    this.browser = null
    this.free.length = 0
    if (browser) await (await browser).close()
  }
}
