// Scoring figures (issue 5): a synthetic committee of 100 branches × 100 members, each member rated
// by self, 10 peers, 1 masses rater and the organisation (13 rating docs per member, every item's
// score in each: 130,000 docs), inserted in batches of 1000 through the SDK (one round trip each).
// Then every branch is computed through the `assessment` function, one invocation per branch: the
// chunking that keeps a committee-wide compute inside WeChat's 60 s limit (the client, or a timer,
// walks the branches). Database round trips are counted at the local cloud's seam (dbRequestCount).
// Baseline: the naive way, per-member queries and per-member writes, on a few branches.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { SOURCES, type Source } from '@shared/assessment/api'
import { raterKey, ratingId } from '@shared/assessment/anonymity'
import { computePeriod } from '@shared/assessment/compute'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { itemsRatedBy } from '@shared/assessment/rubric'
import { LocalCloud } from '@localcloud/cloud'
import { dbRequestCount } from '@localcloud/seam/db-requester'
import { insertBatches } from './cloud'
import { percentile, round } from './stats'

const BRANCHES = 100
const MEMBERS = 100
const PEERS = 10
const NAIVE_BRANCHES = 3
const COMMITTEE = 'bench-committee'
const SECRET = 'bench-assessment-secret-0123456789'

const branchId = (b: number) => `bb${String(b).padStart(3, '0')}`
const memberId = (b: number, m: number) => `bm${String(b).padStart(3, '0')}${String(m).padStart(3, '0')}`
const periodId = (b: number) => `pbench${String(b).padStart(3, '0')}`

/** Deterministic scores in 0.5 steps: a member's level (55–99 % of each max) ± 4 % by rater and item. */
function scoresFor(source: Source, member: number, rater: number): Record<string, number> {
  const level = 0.55 + (member % 45) / 100
  return Object.fromEntries(
    itemsRatedBy(DEFAULT_RUBRIC, source).map((it, i) => [
      it.id,
      Math.min(it.max, Math.round(it.max * (level + (((rater + i) % 9) - 4) / 100) * 2) / 2)
    ])
  )
}

async function seed(db: any, now: Date): Promise<number> {
  const orgs: object[] = [{ _id: COMMITTEE, name: '基准党委', kind: 'committee', parentId: null, external: false }]
  const members: object[] = []
  const bindings: object[] = []
  const periods: object[] = []
  for (let b = 0; b < BRANCHES; b++) {
    orgs.push({ _id: branchId(b), name: `第${b + 1}党支部`, kind: 'branch', parentId: COMMITTEE, external: false })
    for (let m = 0; m < MEMBERS; m++) {
      const id = memberId(b, m)
      members.push({
        _id: id,
        name: `党员${b}-${m}`,
        phone: `1${String(b * MEMBERS + m).padStart(10, '0')}`,
        partyStatus: 'full',
        employment: 'contract',
        homeOrgId: branchId(b),
        activeOrgIds: [branchId(b)],
        assessingOrgId: branchId(b),
        groupId: null,
        joinedAt: '2010-07-01',
        fullAt: '2011-07-01',
        roles: m === 0 ? [{ orgId: branchId(b), role: 'secretary' }] : []
      })
    }
    bindings.push({ _id: `bench:${memberId(b, 0)}`, memberId: memberId(b, 0), via: 'seed', boundAt: now })
    periods.push({
      _id: periodId(b),
      orgId: branchId(b),
      orgName: `第${b + 1}党支部`,
      name: '2026年度',
      from: '2026-01-01',
      to: '2026-12-31',
      ratingDeadline: now,
      status: 'closed',
      rubricId: `${COMMITTEE}:v1`,
      peerScope: 'branch',
      publicityDays: 5,
      memberIds: Array.from({ length: MEMBERS }, (_, m) => memberId(b, m)),
      openedAt: now,
      openedBy: memberId(b, 0),
      closedAt: now,
      computedAt: null,
      publishedAt: null,
      publicityEndsAt: null,
      reopenedAt: null,
      committeeId: COMMITTEE,
      openKey: branchId(b)
    })
  }
  await insertBatches(db, 'orgs', orgs)
  await insertBatches(db, 'members', members)
  await insertBatches(db, 'bindings', bindings)
  await insertBatches(db, 'periods', periods)
  await db
    .collection('rubrics')
    .add({ data: { ...DEFAULT_RUBRIC, _id: `${COMMITTEE}:v1`, orgId: COMMITTEE, version: 1, createdAt: now, createdBy: 'bench' } })

  let count = 0
  for (let b = 0; b < BRANCHES; b++) {
    const pid = periodId(b)
    const docs: object[] = []
    for (let m = 0; m < MEMBERS; m++) {
      const target = memberId(b, m)
      const add = (source: Source, ref: string, raterN: number) =>
        docs.push({
          _id: ratingId(pid, source, ref, target),
          periodId: pid,
          orgId: branchId(b),
          memberId: target,
          source,
          rater: ref,
          scores: scoresFor(source, m, raterN),
          ...(source === 'org' ? { bonus: m % 17 === 0 ? { honours: 3 } : {}, vetoes: m % 53 === 7 ? ['dues'] : [] } : {}),
          createdAt: now,
          updatedAt: now
        })
      add('self', target, m)
      for (let k = 1; k <= PEERS; k++) add('peer', raterKey(SECRET, pid, 'peer', memberId(b, (m + k) % MEMBERS), target), m + k)
      add('masses', raterKey(SECRET, pid, 'masses', crypto.createHash('sha256').update(`${pid}:${m}`).digest('hex'), target), m * 3)
      add('org', memberId(b, 0), m * 5)
    }
    await insertBatches(db, 'ratings', docs)
    count += docs.length
  }
  return count
}

/** The naive way, for the baseline: per member one ratings query and one result write (+ audit). */
async function naiveCompute(db: any, b: number, now: Date): Promise<void> {
  const pid = periodId(b)
  const period = (await db.collection('periods').doc(pid).get()).data
  const rubric = (await db.collection('rubrics').doc(period.rubricId).get()).data
  for (const id of period.memberIds) {
    const member = (await db.collection('members').doc(id).get()).data
    const ratings = (await db.collection('ratings').where({ periodId: pid, memberId: id }).limit(1000).get()).data
    const [r] = computePeriod({
      periodId: pid,
      orgId: period.orgId,
      rubric,
      members: [{ memberId: id, name: member.name }],
      ratings,
      metrics: new Map(),
      now
    }).results
    const { _id, ...data } = r
    await db.collection('naive_results').doc(_id).set({ data })
    await db
      .collection('naive_audit')
      .add({ data: { periodId: pid, target: `result:${id}`, after: { total: r.total, flag: r.flag }, at: now } })
  }
}

export async function benchAssessment(): Promise<Record<string, number>> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxin-bench-scoring-'))
  process.env.ASSESSMENT_SECRET = SECRET
  const local = new LocalCloud({
    dataDir,
    collections: { naive_results: { doc: 'bench', indexes: [] }, naive_audit: { doc: 'bench', indexes: [] } }
  })
  const cloud = require('wx-server-sdk')
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
  const db = cloud.database()
  const now = new Date()
  try {
    const seedStart = Date.now()
    const ratings = await seed(db, now)
    const seedMs = Date.now() - seedStart
    console.log(`scoring: ${ratings} ratings inserted in ${seedMs} ms`)

    const perBranchMs: number[] = []
    const trips: number[] = []
    const flags = { red: 0, yellow: 0, blue: 0, grey: 0 }
    const wallStart = Date.now()
    for (let b = 0; b < BRANCHES; b++) {
      const before = dbRequestCount()
      const t = Date.now()
      const res = (await local.invoke(
        'assessment',
        { action: 'compute', periodId: periodId(b) },
        { openid: `bench:${memberId(b, 0)}`, source: 'wx_client' }
      )) as any
      perBranchMs.push(Date.now() - t)
      trips.push(dbRequestCount() - before)
      if (!res.ok) throw new Error(`compute ${periodId(b)}: ${res.code} ${res.message}`)
      for (const r of res.data.results) flags[r.flag as keyof typeof flags]++
    }
    const wallMs = Date.now() - wallStart
    console.log(`scoring: ${BRANCHES} branches computed in ${wallMs} ms`)

    const naiveTrips: number[] = []
    const naiveMs: number[] = []
    for (let b = 0; b < NAIVE_BRANCHES; b++) {
      const before = dbRequestCount()
      const t = Date.now()
      await naiveCompute(db, b, now)
      naiveMs.push(Date.now() - t)
      naiveTrips.push(dbRequestCount() - before)
    }
    console.log(`scoring: flags across the committee ${JSON.stringify(flags)}; sources ${SOURCES.join('/')}`)
    return {
      'scoring.members': BRANCHES * MEMBERS,
      'scoring.ratings': ratings,
      'scoring.seedMs': seedMs,
      'scoring.wallMs': wallMs,
      'scoring.branchMsP50': percentile(perBranchMs, 50),
      'scoring.slowestBranchMs': Math.max(...perBranchMs),
      'scoring.roundTripsPerBranch': Math.max(...trips),
      'scoring.ratingPagesPerBranch': Math.ceil(ratings / BRANCHES / 1000),
      'scoring.naiveRoundTripsPerBranch': Math.max(...naiveTrips),
      'scoring.naiveBranchMs': round(naiveMs.reduce((s, x) => s + x, 0) / naiveMs.length, 0)
    }
  } finally {
    local.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
