// The benchmarks' local cloud: a fresh one per case (the real wx-server-sdk on its transport), documents
// added in batches, and one cloud call measured as the figures report it.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LocalCloud } from '@localcloud/cloud'
import { dbRequestCount } from '@localcloud/seam/db-requester'
import { percentile, round } from './stats'

/** Runs `bench` on a new local cloud in a temporary folder; closes and removes it afterwards. */
export async function withBenchCloud<T>(name: string, bench: (local: LocalCloud, db: any) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `tongxin-bench-${name}-`))
  const local = new LocalCloud({ dataDir })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  try {
    return await bench(local, cloud.database())
  } finally {
    local.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** Adds `docs` 1000 at a time (one database request each). */
export async function insertBatches(db: any, collection: string, docs: object[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 1000) await db.collection(collection).add({ data: docs.slice(i, i + 1000) })
}

export interface Measured {
  /** Bytes of the JSON envelope, UTF-8. */
  bytes: number
  median: number
  max: number
  /** Database round trips of one call, counted at the local cloud's seam. */
  trips: number
  data: any
}

/** Calls `fn` once to warm up (it must succeed), then `runs` times: reply size, median and max ms, round trips. */
export async function measureCall(
  local: LocalCloud,
  fn: string,
  event: Record<string, unknown>,
  openid: string,
  runs = 9
): Promise<Measured> {
  const call = () => local.invoke(fn, event, { openid, source: 'wx_client' }) as Promise<any>
  const warm = await call()
  if (!warm.ok) throw new Error(`${event.action}: ${warm.code} ${warm.message}`)
  const ms: number[] = []
  let trips = 0
  for (let i = 0; i < runs; i++) {
    const before = dbRequestCount()
    const t = process.hrtime.bigint()
    await call()
    ms.push(Number(process.hrtime.bigint() - t) / 1e6)
    trips = dbRequestCount() - before
  }
  return {
    bytes: Buffer.byteLength(JSON.stringify(warm)),
    median: round(percentile(ms, 50), 1),
    max: round(Math.max(...ms), 1),
    trips,
    data: warm.data
  }
}
