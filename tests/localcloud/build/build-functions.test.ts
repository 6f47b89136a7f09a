import fs from 'node:fs'
import path from 'node:path'
import { buildFunctions, REPO_ROOT, RUNTIME_DEPENDENCIES } from '@localcloud/build/build-functions'
import { invokeFunction, readConfig } from '@localcloud/runtime/functions'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let out: string
let tc: TestCloud
beforeAll(async () => {
  // Inside the repo (build/ is ignored) so the bundle resolves wx-server-sdk from node_modules.
  fs.mkdirSync(path.join(REPO_ROOT, 'build'), { recursive: true })
  out = fs.mkdtempSync(path.join(REPO_ROOT, 'build', 'test-'))
  tc = await startTestCloud()
})
afterAll(async () => {
  await tc.close()
  fs.rmSync(out, { recursive: true, force: true })
})

describe('npm run build:cloud', () => {
  it('writes, per function, a bundled index.js, a package.json with the exact runtime versions and config.json', async () => {
    const built = await buildFunctions(out)
    expect(built.map((b) => b.name)).toEqual(expect.arrayContaining(['member', 'ping', 'checkin']))
    for (const b of built) {
      expect(fs.readdirSync(b.dir).sort()).toEqual(['config.json', 'index.js', 'package.json'])
      // No TypeScript next to the bundle: a folder holding index.ts and index.js fails to deploy.
      const pkg = JSON.parse(fs.readFileSync(path.join(b.dir, 'package.json'), 'utf8'))
      for (const dep of RUNTIME_DEPENDENCIES) {
        expect(pkg.dependencies[dep]).toBe(require(`${dep}/package.json`).version)
      }
      const bundle = fs.readFileSync(path.join(b.dir, 'index.js'), 'utf8')
      expect(bundle).not.toMatch(/require\(["']\.\.\/shared/) // shared code is inside the bundle
      expect(bundle).toMatch(/require\(["']wx-server-sdk["']\)/) // the SDK is installed by the cloud
    }
  })

  it('produces a bundle that runs on the real SDK: the built ping answers like the source', async () => {
    const dir = path.join(out, 'ping')
    const main = require(path.join(dir, 'index.js')).main
    const result: any = await invokeFunction(
      { name: 'ping', dir, config: readConfig(dir), main },
      { action: 'ping', note: 'built' },
      { openid: 'u-built' }
    )
    expect(result).toMatchObject({ ok: true, data: { openid: 'u-built', note: 'built', count: 1 } })
  })

  it('bundles checkin with write-excel-file inside, keeps its open-API permission, and the bundle runs on the real SDK', async () => {
    const dir = path.join(out, 'checkin')
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'config.json'), 'utf8'))).toEqual({
      permissions: { openapi: ['wxacode.getUnlimited'] }
    })
    const bundle = fs.readFileSync(path.join(dir, 'index.js'), 'utf8')
    expect(bundle).not.toMatch(/require\(["']write-excel-file/) // not a runtime dependency: it must be inside
    const main = require(path.join(dir, 'index.js')).main
    const saved = process.env.CHECKIN_SECRET
    process.env.CHECKIN_SECRET = 'build-test-secret-0123456789abcdef'
    try {
      const db = tc.db
      await db
        .collection('orgs')
        .doc('org-x')
        .set({ data: { name: '测试支部', kind: 'branch', parentId: null, external: false } })
      await db
        .collection('members')
        .doc('mx')
        .set({ data: { name: '测试书记', activeOrgIds: ['org-x'], groupId: null, roles: [{ orgId: 'org-x', role: 'secretary' }] } })
      await db
        .collection('bindings')
        .doc('u-sec')
        .set({ data: { memberId: 'mx', via: 'seed', boundAt: new Date() } })
      const fn = { name: 'checkin', dir, config: readConfig(dir), main }
      const call = (event: Record<string, unknown>) => invokeFunction(fn, event, { openid: 'u-sec' }) as Promise<any>
      const start = Date.now() + 5 * 60_000
      const created = await call({
        action: 'createActivity',
        type: 'study',
        title: '集中学习',
        orgId: 'org-x',
        startAt: new Date(start).toISOString(),
        endAt: new Date(start + 3_600_000).toISOString()
      })
      expect(created).toMatchObject({ ok: true, data: { activity: { orgId: 'org-x', expectedCount: 1 } } })
      const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)
      const xlsx = await call({ action: 'ledgerXlsx', orgId: 'org-x', from: today, to: today })
      expect(xlsx).toMatchObject({ ok: true, data: { rowCount: 1 } })
      expect(Buffer.from(xlsx.data.base64, 'base64').subarray(0, 2).toString()).toBe('PK')
      const code = await call({ action: 'stationWxacode', activityId: created.data.activity._id })
      expect(code).toMatchObject({ ok: true, data: { mimeType: 'image/png', page: 'pages/checkin/index' } })
    } finally {
      process.env.CHECKIN_SECRET = saved
    }
  })
})
