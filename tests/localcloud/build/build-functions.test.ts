import fs from 'node:fs'
import path from 'node:path'
import { buildFunctions, REPO_ROOT, RUNTIME_DEPENDENCIES } from '../../../localcloud/build/build-functions'
import { invokeFunction, readConfig } from '../../../localcloud/runtime/functions'
import { startTestCloud, TestCloud } from '../../helpers/cloud'

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
    expect(built.map((b) => b.name)).toEqual(expect.arrayContaining(['member', 'ping']))
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
    const result: any = await invokeFunction({ name: 'ping', dir, config: readConfig(dir), main }, { action: 'ping', note: 'built' }, { openid: 'u-built' })
    expect(result).toMatchObject({ ok: true, data: { openid: 'u-built', note: 'built', count: 1 } })
  })
})
