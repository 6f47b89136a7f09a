// Check-in burst over HTTP (issue 4): a gateway serving the real `checkin` function in its own
// process; 500 members scan one activity within 10 s while the station screen polls for the code,
// then 200 scans of one member at once. Figures only; nothing here asserts.
//
// Set-up: an org, its secretary, 501 members and their bindings are written through the real SDK
// (batch add) into a fresh data folder before the gateway starts; the activity is created and its
// code fetched over HTTP as the secretary (identity: the gateway's dev cookie tx_dev_openid → binding).
// Afterwards the gateway is stopped and the store is opened again to count the records.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LocalCloud } from '@localcloud/cloud'
import { SESSION_COOKIE } from '@localcloud/gateway/server'
import { spawnTs, waitForLine } from '@tests/helpers/child'
import { percentile, round } from './stats'

const MEMBERS = 500
const DUPLICATES = 200
const BURST_MS = 10_000
const SCREEN_POLL_MS = 2_000
const ORG = 'org-bench'
const SECRETARY = 'bench:secretary'
const DUP_MEMBER = 'mb-dup'
const memberId = (i: number) => `mb-${String(i).padStart(4, '0')}`
const openidOf = (id: string) => `bench:${id}`

interface Answer {
  ok: boolean
  code?: string
  data?: any
  ms: number
}

async function seed(dataDir: string): Promise<void> {
  const local = new LocalCloud({ dataDir })
  try {
    const cloud = require('wx-server-sdk')
    cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
    const db = cloud.database()
    const now = new Date()
    await db
      .collection('orgs')
      .doc(ORG)
      .set({ data: { name: '压测党支部', kind: 'branch', parentId: null, external: false, createdAt: now, updatedAt: now } })
    const member = (id: string, name: string, serial: number, roles: object[] = []) => ({
      _id: id,
      name,
      phone: `1380000${String(serial).padStart(4, '0')}`,
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: ORG,
      activeOrgIds: [ORG],
      assessingOrgId: ORG,
      groupId: null,
      roles,
      createdAt: now,
      updatedAt: now
    })
    const ids = [...Array.from({ length: MEMBERS }, (_, i) => memberId(i)), DUP_MEMBER]
    const docs = [
      member('mb-secretary', '压测书记', 9999, [{ orgId: ORG, role: 'secretary' }]),
      ...ids.map((id, i) => member(id, `压测党员${i}`, i))
    ]
    const bindings = docs.map((m) => ({
      _id: m._id === 'mb-secretary' ? SECRETARY : openidOf(m._id),
      memberId: m._id,
      via: 'seed',
      boundAt: now
    }))
    for (let i = 0; i < docs.length; i += 250) await db.collection('members').add({ data: docs.slice(i, i + 250) })
    for (let i = 0; i < bindings.length; i += 250) await db.collection('bindings').add({ data: bindings.slice(i, i + 250) })
  } finally {
    local.close()
  }
}

function caller(url: string) {
  return async (openid: string, event: Record<string, unknown>): Promise<Answer> => {
    const t = process.hrtime.bigint()
    try {
      const res = await fetch(`${url}/cloud/checkin`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${encodeURIComponent(openid)}` },
        body: JSON.stringify(event)
      })
      const body: any = await res.json()
      const ms = Number(process.hrtime.bigint() - t) / 1e6
      return res.ok && body && typeof body === 'object'
        ? { ok: body.ok === true, code: body.code, data: body.data, ms }
        : { ok: false, code: `HTTP_${res.status}`, ms }
    } catch (e: any) {
      return { ok: false, code: `FETCH_${e?.cause?.code ?? e?.name ?? 'ERROR'}`, ms: Number(process.hrtime.bigint() - t) / 1e6 }
    }
  }
}

const sleepUntil = (at: number) => new Promise((r) => setTimeout(r, Math.max(0, at - Date.now())))

export async function benchCheckin(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-checkin-'))
  const wallStart = Date.now()
  let child: ReturnType<typeof spawnTs> | null = null
  try {
    await seed(dataDir)
    child = spawnTs('tests/fixtures/serve-fixtures.ts', [dataDir], { TONGXIN_FUNCTIONS_ROOT: path.resolve(__dirname, '../cloudfunctions') })
    const [, url] = await waitForLine(child, /^READY (\S+)/)
    const call = caller(url)

    const start = new Date(Date.now() + 10 * 60_000)
    const created = await call(SECRETARY, {
      action: 'createActivity',
      type: 'themeDay',
      title: '压测：主题党日',
      orgId: ORG,
      startAt: start.toISOString(),
      endAt: new Date(start.getTime() + 2 * 3_600_000).toISOString()
    })
    if (!created.ok) throw new Error(`createActivity failed: ${created.code}`)
    const activityId: string = created.data.activity._id

    // The station screen: polls stationCode; scanners read whatever code it shows.
    let code = ''
    const screen: number[] = []
    const poll = async () => {
      const r = await call(SECRETARY, { action: 'stationCode', activityId })
      if (!r.ok) throw new Error(`stationCode failed: ${r.code}`)
      code = r.data.code
      screen.push(r.ms)
    }
    await poll()
    await call(openidOf(memberId(0)), { action: 'listActivities' }) // warm up the function's module

    // 500 distinct members, one every 20 ms (open loop: each scan leaves on time, whatever the others do).
    let polling = true
    const poller = (async () => {
      while (polling) {
        await new Promise((r) => setTimeout(r, SCREEN_POLL_MS))
        if (polling) await poll()
      }
    })()
    const t0 = Date.now()
    const burst = await Promise.all(
      Array.from({ length: MEMBERS }, async (_, i) => {
        await sleepUntil(t0 + (i * BURST_MS) / MEMBERS)
        return call(openidOf(memberId(i)), { action: 'checkin', code })
      })
    )
    const burstWallMs = Date.now() - t0
    polling = false
    await poller

    // 200 scans of one member at the same moment.
    await poll()
    const t1 = Date.now()
    const dups = await Promise.all(Array.from({ length: DUPLICATES }, () => call(openidOf(DUP_MEMBER), { action: 'checkin', code })))
    const dupWallMs = Date.now() - t1

    child.kill('SIGKILL')
    child = null
    const local = new LocalCloud({ dataDir })
    const db = require('wx-server-sdk').database()
    const count = async (coll: string, where: object) => (await db.collection(coll).where(where).count()).total as number
    const recordsBurst = await count('checkins', { activityId, memberId: db.command.neq(DUP_MEMBER) })
    const recordsDup = await count('checkins', { activityId, memberId: DUP_MEMBER })
    const refusals = await count('checkinRefusals', { activityId })
    local.close()

    const burstErrors = burst.filter((a) => !a.ok)
    const alreadyChecked = dups.filter((a) => !a.ok && a.code === 'ALREADY_CHECKED_IN').length
    const dupErrors = dups.filter((a) => !a.ok && a.code !== 'ALREADY_CHECKED_IN')
    const errorCodes: Record<string, number> = {}
    for (const a of [...burstErrors, ...dupErrors]) errorCodes[a.code ?? '?'] = (errorCodes[a.code ?? '?'] ?? 0) + 1
    if (Object.keys(errorCodes).length) console.log('checkin errors by code:', errorCodes)
    const burstMs = burst.map((a) => a.ms)
    const dupMs = dups.map((a) => a.ms)
    return {
      'checkin.burst.members': MEMBERS,
      'checkin.burst.p50Ms': round(percentile(burstMs, 50), 1),
      'checkin.burst.p99Ms': round(percentile(burstMs, 99), 1),
      'checkin.burst.maxMs': round(Math.max(...burstMs), 1),
      'checkin.burst.wallMs': burstWallMs,
      'checkin.burst.recordsWritten': recordsBurst,
      'checkin.duplicates.scans': DUPLICATES,
      'checkin.duplicates.p50Ms': round(percentile(dupMs, 50), 1),
      'checkin.duplicates.p99Ms': round(percentile(dupMs, 99), 1),
      'checkin.duplicates.wallMs': dupWallMs,
      'checkin.duplicates.recordsWritten': recordsDup,
      'checkin.duplicates.alreadyCheckedIn': alreadyChecked,
      'checkin.errors': burstErrors.length + dupErrors.length,
      'checkin.refusalsWritten': refusals,
      'checkin.stationCode.polls': screen.length,
      'checkin.stationCode.p50Ms': round(percentile(screen, 50), 1),
      'checkin.wallMs': Date.now() - wallStart
    }
  } finally {
    child?.kill('SIGKILL')
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
