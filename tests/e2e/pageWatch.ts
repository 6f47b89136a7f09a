// What a page did while it was watched, for a journey step's failure message: requests and answers,
// navigations, console lines, and (logInputEvents) the pointer events and scrolls its document received.
import type { ConsoleMessage, Frame, Page, Request, Response } from 'playwright-core'

export interface PageWatch {
  /** One line per event, stamped with the seconds since the watch began. */
  events: string[]
  /** Whether the page has asked for this path (any method, any query). */
  asked(pathname: string): boolean
  note(what: string): void
  stop(): void
}

export function watchPage(page: Page): PageWatch {
  const started = Date.now()
  const events: string[] = []
  const requested: string[] = []
  const note = (what: string) => {
    events.push(`${((Date.now() - started) / 1000).toFixed(1)} s ${what}`)
  }
  const onConsole = (m: ConsoleMessage) => note(`console.${m.type()}: ${m.text()}`)
  const onRequest = (r: Request) => {
    requested.push(r.url())
    note(`→ ${r.method()} ${r.url()}`)
  }
  const onResponse = (r: Response) => note(`← ${r.status()} ${r.url()}`)
  const onFailed = (r: Request) => note(`✕ ${r.url()} ${r.failure()?.errorText ?? ''}`)
  const onNavigated = (f: Frame) => {
    if (f === page.mainFrame()) note(`navigated to ${f.url()}`)
  }
  page.on('console', onConsole)
  page.on('request', onRequest)
  page.on('response', onResponse)
  page.on('requestfailed', onFailed)
  page.on('framenavigated', onNavigated)
  return {
    events,
    asked: (pathname) => requested.some((u) => new URL(u).pathname === pathname),
    note,
    stop() {
      page.off('console', onConsole)
      page.off('request', onRequest)
      page.off('response', onResponse)
      page.off('requestfailed', onFailed)
      page.off('framenavigated', onNavigated)
    }
  }
}

/** Logs to the console (and so to a watch) every pointer event and scroll the current document receives. */
export async function logInputEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const describe = (t: EventTarget | null) => {
      const el = t as HTMLElement | null
      return el?.tagName ? `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').slice(0, 20)}"` : String(t)
    }
    const scrollTops = () => Array.from(document.querySelectorAll('.taro_page'), (p) => (p as HTMLElement).scrollTop).join(',')
    for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'touchstart', 'scroll'])
      document.addEventListener(
        type,
        (e) => {
          const { clientX, clientY } = e as MouseEvent
          console.log(`${type} at ${clientX},${clientY} on ${describe(e.target)}, pages scrolled ${scrollTops()}`)
        },
        { capture: true }
      )
  })
}
