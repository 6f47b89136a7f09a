// Effort of rating on a phone (issue 10): taps, scroll travel and page height to complete one peer
// rating (14 items) and one masses form (11 members × 5 items), in Chromium at 390×844 against the
// H5 build and the local cloud with the demo seed. A person's cheapest path through the form as it is:
// the form's per-person quick fill (全部满分) when it has one, else each item's 满分 button, and the
// stepper's − for an item half a point under the maximum (from an empty field − gives max − 0.5).
// Scroll travel = the distance the page is scrolled to bring each tapped control into view, top to
// submit. Needs the H5 build (`npm run build:h5`, or RATING_H5_DIR=<a build>) and Chromium's headless shell
// (scripts/ensure-browser.sh; CHROMIUM_PATH for another).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Locator, type Page } from 'playwright-core'
import { LocalCloud } from '@localcloud/cloud'
import { loadDemo } from '@localcloud/cli/demo'
import { startGateway } from '@localcloud/gateway/server'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
const SECRETARY = 'm03' // 王建军, secretary of 第一养护中心党支部 (org-b1)
const RATER = '赵永平'
const TARGET = { id: 'm08', name: '孙丽娟' }
/** The peer rating measured: full marks but for two items half a point under (the 2nd and the 9th). */
const UNDER = [1, 8]
/** And one with full marks throughout. */
const FULL = { id: 'm09', name: '马德明' }

/** Counts taps and the page's scroll travel while a person works through a form. */
class Thumb {
  taps = 0
  travel = 0
  constructor(private page: Page) {}
  private scrollY = () => this.page.evaluate(`(${scroller})().scrollTop`) as Promise<number>
  async tap(target: Locator): Promise<void> {
    const before = await this.scrollY()
    await target.scrollIntoViewIfNeeded()
    this.travel += Math.abs((await this.scrollY()) - before)
    await target.click()
    this.taps++
  }
}

const visible = (page: Page, selector: string) => page.locator(selector).filter({ visible: true })
const byText = (page: Page, text: string | RegExp) => page.getByText(text, { exact: true }).filter({ visible: true }).first()
/** Taro H5 scrolls each page in its own element (.taro_page), not the window: the one on top that shows. */
const scroller = () =>
  Array.from(document.querySelectorAll('.taro_page'))
    .reverse()
    .find((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).display !== 'none') ?? document.documentElement
const pageHeight = (page: Page) => page.evaluate(`(${scroller})().scrollHeight`) as Promise<number>
const hasQuickFill = async (scope: Locator) => (await scope.getByText('全部满分', { exact: true }).count()) > 0

/** Opens the rating form of `target` and completes it top to bottom, as a thumb goes. */
async function ratePeer(page: Page, formUrl: string, target: { id: string; name: string }, under: number[]) {
  await page.goto(`${formUrl}&memberId=${target.id}`)
  await byText(page, `互评：${target.name}`).waitFor()
  const height = await pageHeight(page)
  if (process.env.RATING_SHOTS) await page.screenshot({ path: path.join(process.env.RATING_SHOTS, `peer-${target.id}.png`) })
  const thumb = new Thumb(page)
  const items = visible(page, '.rate__item[data-item]')
  const n = await items.count()
  const quick = await hasQuickFill(page.locator('body'))
  if (quick) await thumb.tap(byText(page, '全部满分'))
  for (let i = 0; i < n; i++) {
    if (under.includes(i)) await thumb.tap(items.nth(i).locator('.score-input__btn').first())
    else if (!quick) await thumb.tap(items.nth(i).locator('.score-input__full'))
  }
  await thumb.tap(byText(page, '提交评分'))
  await byText(page, /^已保存（/).waitFor()
  return { items: n, taps: thumb.taps, travel: thumb.travel, height }
}

export async function benchRating(): Promise<Record<string, number>> {
  const h5 = path.resolve(process.env.RATING_H5_DIR ?? path.join(__dirname, '../dist/h5'))
  if (!fs.existsSync(path.join(h5, 'index.html'))) throw new Error(`${h5} has no H5 build: run npm run build:h5 first`)
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-rating-bench-'))
  const cloud = new LocalCloud({ dataDir })
  const demo = loadDemo()
  await demo.seedIfEmpty(cloud)
  const gateway = await startGateway({ cloud, staticRoot: h5, localMode: true, listPeople: () => demo.people(cloud) })
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
  const phone = () =>
    browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'zh-CN' })
  try {
    const [binding] = cloud.engine.find('bindings', { memberId: SECRETARY }, {}) as Array<{ _id: string }>
    const call = async (event: Record<string, unknown>) => {
      const reply = (await cloud.invoke('assessment', event, { openid: binding._id, source: 'wx_client' })) as any
      if (!reply.ok) throw new Error(`${event.action}: ${reply.code} ${reply.message}`)
      return reply.data
    }
    const year = new Date().getUTCFullYear() - 1
    const { period } = await call({
      action: 'openPeriod',
      orgId: 'org-b1',
      name: `${year}年第一季度`,
      from: `${year}-01-01`,
      to: `${year}-03-31`,
      ratingDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString()
    })

    // ---- Peer ratings by 赵永平: 孙丽娟 with two items half a point under, 马德明 with full marks.
    const page = await phone()
    await page.goto(`${gateway.url}/`)
    await byText(page, RATER).click()
    await byText(page, `${RATER}，您好`).waitFor()
    const peer = await ratePeer(page, `${gateway.url}/#/assessment/pages/rate/index?periodId=${period._id}&source=peer`, TARGET, UNDER)
    const full = await ratePeer(page, `${gateway.url}/#/assessment/pages/rate/index?periodId=${period._id}&source=peer`, FULL, [])

    // ---- One masses form, full marks for everybody, in a browser nobody signed in to.
    const { codes } = await call({ action: 'issueMassesCodes', periodId: period._id, count: 1 })
    const masses = await phone()
    await masses.goto(`${gateway.url}/#/assessment/pages/masses/index?code=${codes[0]}`)
    await visible(masses, '.masses__member').first().waitFor()
    const massesHeight = await pageHeight(masses)
    if (process.env.RATING_SHOTS) await masses.screenshot({ path: path.join(process.env.RATING_SHOTS, 'masses.png') })
    const mThumb = new Thumb(masses)
    const members = visible(masses, '.masses__member')
    const m = await members.count()
    let fields = 0
    for (let i = 0; i < m; i++) {
      const member = members.nth(i)
      fields += await member.locator('.score-input').count()
      if (await hasQuickFill(member)) await mThumb.tap(member.getByText('全部满分', { exact: true }))
      else for (const full of await member.locator('.score-input__full').all()) await mThumb.tap(full)
    }
    const massesFilledHeight = await pageHeight(masses)
    if (process.env.RATING_SHOTS) await masses.screenshot({ path: path.join(process.env.RATING_SHOTS, 'masses-filled.png') })
    await mThumb.tap(byText(masses, '提交评议'))
    await byText(masses, '感谢您的评议！').waitFor()

    return {
      'rating.peerItems': peer.items,
      'rating.peerTaps': peer.taps,
      'rating.peerScrollTravelPx': peer.travel,
      'rating.peerPageHeightPx': peer.height,
      'rating.peerAllFullTaps': full.taps,
      'rating.peerAllFullScrollTravelPx': full.travel,
      'rating.massesFields': fields,
      'rating.massesTaps': mThumb.taps,
      'rating.massesScrollTravelPx': mThumb.travel,
      'rating.massesPageHeightPx': massesHeight,
      'rating.massesFilledPageHeightPx': massesFilledHeight
    }
  } finally {
    await browser.close()
    await gateway.close()
    cloud.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
