import * as fs from 'node:fs'
import * as path from 'node:path'
import { answer, DIST, launchApp, mountPage, ok, sizeOf, waitUntil } from './harness'
import { whoMember } from '@tests/src/helpers/fixtures'

// One subpackage per capability, its member and secretary pages together (docs/architecture.md).
const SUBPACKAGES: Record<string, string[]> = {
  member: ['roster', 'member', 'orgs', 'import'],
  checkin: ['activities', 'newActivity', 'station', 'attendance', 'ledger'],
  assessment: ['my', 'rate', 'masses', 'board', 'result', 'periods', 'period', 'rubric', 'overview', 'massesSheet'],
  commitment: ['my', 'check', 'wall', 'public', 'queue', 'review', 'tasks', 'template', 'completion'],
  birthday: ['greeting', 'upcoming', 'sevenOnes', 'fiftyYears', 'reminders'],
  study: ['my', 'report', 'analysis', 'plan', 'reports', 'analyses', 'stats', 'committeeStats'],
  voice: ['mine', 'new', 'detail', 'branch', 'stats'],
  care: ['todo', 'member', 'occasions']
}
const ROOTS = Object.keys(SUBPACKAGES)

describe('the weapp build', () => {
  it('initialises WeChat cloud once (tracing users) before the first cloud call', async () => {
    const wx = launchApp()
    answer({ 'member.whoami': () => ok(whoMember()) })
    const page = mountPage('pages/login/index')
    await waitUntil(() => wx.cloud.callFunction.mock.calls.length > 0, 'first cloud call')
    expect(wx.cloud.init).toHaveBeenCalledTimes(1)
    expect(wx.cloud.init.mock.calls[0][0]).toMatchObject({ traceUser: true })
    expect(wx.cloud.init.mock.invocationCallOrder[0]).toBeLessThan(wx.cloud.callFunction.mock.invocationCallOrder[0])
    page.unmount()
  })

  it('declares the scan and home pages in the main package and one subpackage per capability', () => {
    const appJson = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
    expect(appJson.pages[0]).toBe('pages/login/index')
    expect(appJson.pages).toEqual([
      'pages/login/index',
      'pages/home/index',
      'pages/card/index',
      'pages/checkin/index',
      'pages/activities/index'
    ])
    expect(appJson.subPackages ?? appJson.subpackages).toEqual(
      ROOTS.map((root) => expect.objectContaining({ root, pages: SUBPACKAGES[root].map((p) => `pages/${p}/index`) }))
    )
    expect(appJson.cloud).toBe(true)
    // Location for check-in (a hint) and the venue picker must be declared, or WeChat refuses the calls.
    expect(appJson.requiredPrivateInfos).toEqual(['getLocation', 'chooseLocation'])
    expect(appJson.permission['scope.userLocation'].desc).toBeTruthy()
    const pages: string[] = [...appJson.pages]
    for (const root of ROOTS) for (const p of SUBPACKAGES[root]) pages.push(`${root}/pages/${p}/index`)
    for (const page of pages) {
      for (const ext of ['js', 'json', 'wxml', 'wxss']) expect(fs.existsSync(path.join(DIST, `${page}.${ext}`))).toBe(true)
    }
  })

  it('keeps the main package under 700 KB (WeChat allows 2 MB)', () => {
    const mainBytes = sizeOf(DIST, ROOTS)
    // Printed for docs/client.md; the budget is the assertion.
    console.log(`weapp main package: ${mainBytes} bytes; ${ROOTS.map((r) => `${r}: ${sizeOf(path.join(DIST, r))} bytes`).join('; ')}`)
    expect(mainBytes).toBeLessThan(700 * 1024)
  })

  it('keeps the QR encoder (qrcode) out of the main package', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (p.endsWith('.js')) files.push(p)
      }
    }
    walk(DIST)
    // One of qrcode's error messages, present wherever the encoder is bundled.
    const holding = files.filter((f) => fs.readFileSync(f, 'utf8').includes('Invalid QR Code version')).map((f) => path.relative(DIST, f))
    expect(holding).toEqual(['checkin/pages/station/index.js'])
  })

  it('carries no H5 back control: WeChat draws its own navigation bar', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name)
        if (e.isDirectory()) walk(p)
        else if (/\.(js|wxss|wxml)$/.test(p)) files.push(p)
      }
    }
    walk(DIST)
    expect(files.filter((f) => /back-bar|tx-has-back/.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(DIST, f))).toEqual([])
  })

  it('is opened by WeChat DevTools through the root project.config.json', () => {
    const root = JSON.parse(fs.readFileSync(path.join(DIST, '../../project.config.json'), 'utf8'))
    expect(path.resolve(DIST, '../..', root.miniprogramRoot)).toBe(DIST)
    expect(root.cloudfunctionRoot).toBe('build/cloudfunctions/')
    expect(root.compileType).toBe('miniprogram')
  })
})

describe('the assessment subpackage', () => {
  it('holds the assessment pages’ code, not the main package (member pages load it on demand)', () => {
    const main = ['app.js', 'common.js', 'vendors.js']
      .map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.readFileSync(path.join(DIST, f), 'utf8') : ''))
      .join('')
    // rating and chart code lives in the subpackage only
    expect(main).not.toContain('分值须为 0.5 的整数倍')
    expect(main).not.toContain('支部平均')
    const sub = sizeOf(path.join(DIST, 'assessment'))
    expect(sub).toBeGreaterThan(0)
    expect(sub).toBeLessThan(2 * 1024 * 1024)
  })
})
