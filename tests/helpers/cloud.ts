// The integration-test harness: a fresh local cloud on a temporary folder, the real SDK behind it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CollectionSpec } from '@server/collections'
import { LocalCloud } from '@localcloud/cloud'

export interface TestCloud {
  /** Calls a cloud function as the app would, signed in as `openid` ('' or omitted: nobody). */
  call(fn: string, event: object, openid?: string): Promise<any>
  /** The real SDK's database (`cloud.database()`), for setting up and checking data. */
  db: any
  /** The real SDK module, initialised. */
  cloud: any
  local: LocalCloud
  dataDir: string
  /** Empties every collection. */
  reset(): Promise<void>
  /**
   * The state `build` makes from an empty store: built on the first call (then kept in a snapshot),
   * restored from the snapshot on every later call. Seeding the demo takes ~250 ms; a restore a few.
   */
  resetTo(build: () => Promise<void>): Promise<void>
  close(): Promise<void>
}

export async function startTestCloud(
  opts: { functionsRoot?: string; collections?: Record<string, CollectionSpec>; dataDir?: string } = {}
): Promise<TestCloud> {
  const dataDir = opts.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-test-'))
  const local = new LocalCloud({ dataDir, functionsRoot: opts.functionsRoot, collections: opts.collections })
  const cloud = require('wx-server-sdk')
  let built = false
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  return {
    local,
    cloud,
    dataDir,
    db: cloud.database(),
    call: (fn, event, openid = '') => local.invoke(fn, event as Record<string, unknown>, { openid, source: 'wx_client' }),
    reset: async () => local.store.clearAll(),
    resetTo: async (build) => {
      // A transaction still open (a request of the last test in flight) would roll the restore back.
      await local.engine.idle()
      if (built) return local.store.restore()
      local.store.clearAll()
      await build()
      local.store.snapshot()
      built = true
    },
    close: async () => {
      local.close()
      fs.rmSync(dataDir, { recursive: true, force: true })
    }
  }
}
