// Local cloud figures: reads, indexed queries and inserts through the real SDK on a
// 100,000-document collection, and requests per second through the HTTP gateway.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LocalCloud } from '@localcloud/cloud'
import { spawnTs, waitForLine } from '@tests/helpers/child'
import { percentile, round, timeEach } from './stats'

const DOCS = 100_000

export async function benchLocalcloud(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-'))
  const local = new LocalCloud({ dataDir, collections: { bench_docs: { doc: 'bench', indexes: [{ fields: ['serial'] }] } } })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const db = cloud.database()
  const docs = db.collection('bench_docs')
  try {
    // Fill in batches of 1000 (one request each, like a data import).
    const fillStart = Date.now()
    for (let b = 0; b < DOCS / 1000; b++) {
      const batch = Array.from({ length: 1000 }, (_, i) => {
        const serial = b * 1000 + i
        return { _id: `d${serial}`, serial, group: serial % 100, name: `成员${serial}`, tags: ['a', `t${serial % 10}`] }
      })
      await docs.add({ data: batch })
    }
    const batchInsertPerSec = DOCS / ((Date.now() - fillStart) / 1000)

    const pick = (i: number) => (i * 7919) % DOCS
    const getById = await timeEach(2000, (i) => docs.doc(`d${pick(i)}`).get())
    const query = await timeEach(2000, (i) => docs.where({ serial: pick(i) }).get())
    const scan = await timeEach(10, (i) => docs.where({ name: `成员${pick(i)}` }).get())

    const N = 5000
    const t = Date.now()
    for (let i = 0; i < N; i++) await db.collection('bench_inserts').add({ data: { i, at: db.serverDate() } })
    const insertPerSec = N / ((Date.now() - t) / 1000)

    return {
      'localcloud.documents': DOCS,
      'localcloud.getByIdP50Ms': round(percentile(getById, 50), 3),
      'localcloud.getByIdP99Ms': round(percentile(getById, 99), 3),
      'localcloud.queryP50Ms': round(percentile(query, 50), 3),
      'localcloud.queryP99Ms': round(percentile(query, 99), 3),
      'localcloud.unindexedQueryP50Ms': round(percentile(scan, 50), 1),
      'localcloud.insertPerSec': Math.round(insertPerSec),
      'localcloud.batchInsertPerSec': Math.round(batchInsertPerSec),
      'localcloud.gatewayRps': await gatewayRps()
    }
  } finally {
    local.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A no-op function over HTTP from this process to a gateway in its own process, 16 in flight. */
async function gatewayRps(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-gw-'))
  const child = spawnTs('tests/fixtures/serve-fixtures.ts', [dataDir], { TONGXIN_FUNCTIONS_ROOT: path.resolve(__dirname, 'functions') })
  try {
    const [, url] = await waitForLine(child, /^READY (\S+)/)
    const call = () => fetch(`${url}/cloud/noop`, { method: 'POST', body: '{}' }).then((r) => r.json())
    for (let i = 0; i < 200; i++) await call() // warm up
    const total = 5000
    let sent = 0
    const t = Date.now()
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (sent < total) {
          sent++
          await call()
        }
      })
    )
    return Math.round(total / ((Date.now() - t) / 1000))
  } finally {
    child.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
