// Fails loudly if the pinned SDK's seam moves: the exact versions, the patched methods, and every
// database action the SDK can send answered by localcloud/seam/db-requester.ts.
import fs from 'node:fs'
import path from 'node:path'
import { answerDbRequest, SUPPORTED_DB_ACTIONS } from '@localcloud/seam/db-requester'
import { SEAM_MODULES } from '@localcloud/seam/install'
import { checkPinnedVersions, PINNED } from '@localcloud/seam/versions'
import { Engine } from '@localcloud/store/engine'
import { SqliteStore } from '@localcloud/store/sqlite-store'

/** Legacy transaction actions: present in @cloudbase/database, unreachable from db.runTransaction
 *  (its Transaction sends ordinary actions with a transactionId). They must answer a clear error. */
const LEGACY_ACTIONS = ['database.getInTransaction', 'database.updateDocInTransaction', 'database.deleteDocInTransaction']

function jsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : []
  })
}

function actionsTheSdkCanSend(): string[] {
  const root = path.join(
    path.dirname(require.resolve('@cloudbase/database/package.json', { paths: [path.dirname(require.resolve('@cloudbase/node-sdk'))] })),
    'dist/commonjs'
  )
  const found = new Set<string>()
  for (const file of jsFiles(root))
    for (const m of fs.readFileSync(file, 'utf8').matchAll(/['"](database\.[A-Za-z]+)['"]/g)) found.add(m[1])
  return [...found].sort()
}

describe('the pinned SDK', () => {
  it.each(Object.entries(PINNED))('%s is exactly %s', (name, version) => {
    expect(require(`${name}/package.json`).version).toBe(version)
  })

  it('is what the seam expects: wx-server-sdk 4.0.2 on @cloudbase/node-sdk 3.17.2', () => {
    expect(PINNED).toEqual({ 'wx-server-sdk': '4.0.2', '@cloudbase/node-sdk': '3.17.2' })
    expect(() => checkPinnedVersions()).not.toThrow()
  })

  it('wx-server-sdk resolves the same @cloudbase/node-sdk the seam patches', () => {
    const fromSdk = require.resolve('@cloudbase/node-sdk/package.json', { paths: [path.dirname(require.resolve('wx-server-sdk'))] })
    expect(fromSdk).toBe(require.resolve('@cloudbase/node-sdk/package.json'))
  })

  it.each<[string, string, (m: any) => unknown]>([
    ['dbRequester', 'TcbDBApiHttpRequester.prototype.send', (m) => m.TcbDBApiHttpRequester?.prototype?.send],
    ['apiRequester', 'request', (m) => m.request],
    ['cloudbase', 'CloudBase.prototype.callCompatibleWxOpenApi', (m) => m.CloudBase?.prototype?.callCompatibleWxOpenApi]
  ])('SEAM_MODULES.%s has %s', (key, _what, pick) => {
    const modulePath = (SEAM_MODULES as Record<string, string>)[key]
    expect(modulePath).toEqual(expect.any(String))
    expect(typeof pick(require(modulePath))).toBe('function')
  })

  it('wx-server-sdk has getWXContext and database()', () => {
    const sdk = require('wx-server-sdk')
    expect(typeof sdk.getWXContext).toBe('function')
    expect(typeof sdk.database).toBe('function')
  })

  it('the seam modules are the ones wx-server-sdk loads', () => {
    for (const modulePath of Object.values(SEAM_MODULES)) {
      expect(require.resolve(modulePath, { paths: [path.dirname(require.resolve('wx-server-sdk'))] })).toBe(require.resolve(modulePath))
    }
  })
})

describe('database actions', () => {
  const sent = actionsTheSdkCanSend()

  it('the scan finds the actions (the SDK layout has not moved)', () => {
    expect(sent).toEqual(expect.arrayContaining(['database.getDocument', 'database.insertDocument', 'database.startTransaction']))
  })

  it.each(sent)('%s is supported or an explicit legacy action', (action) => {
    expect([...SUPPORTED_DB_ACTIONS, ...LEGACY_ACTIONS]).toContain(action)
  })

  it('every supported action is one the SDK can send (no dead handlers)', () => {
    for (const action of SUPPORTED_DB_ACTIONS) expect(sent).toContain(action)
  })

  describe('legacy and unknown actions answer a clear {code, message}', () => {
    let dir: string
    let store: SqliteStore
    let engine: Engine
    beforeAll(() => {
      dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'seam-contract-'))
      store = new SqliteStore(path.join(dir, 'db.sqlite'), {})
      engine = new Engine(store)
    })
    afterAll(() => {
      store.close()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    it.each([...LEGACY_ACTIONS, 'database.somethingNew'])('%s', async (action) => {
      const res = (await answerDbRequest(engine, action, { collectionName: 'x', transactionId: 't', query: '{}', data: '{}' })) as Record<
        string,
        unknown
      >
      expect(res).toEqual({
        requestId: expect.any(String),
        code: 'DATABASE_REQUEST_FAILED',
        message: `not supported by the local cloud: database action ${action}`
      })
      expect(store.collectionNames()).toEqual([])
    })
  })
})
