// Commitment figures (issue 11): an org of 200 members, each with an approved card (5 sections × 1 item
// + 2 X items, text of the demo's length) and an accepted self-check of the last window; then the wall
// (a member, in the app), the public wall (no account) and the review queue (the secretary) — each one
// cloud call. Reply size (bytes of the JSON envelope, UTF-8), time (median and max of 9 calls, after one
// warm-up) and database round trips counted at the local cloud's seam (dbRequestCount).
import { DEFAULT_SECTIONS, type CardItem } from '@shared/commitment/api'
import { currentOrLastWindow } from '@shared/commitment/windows'
import { DEFAULT_TEMPLATE_INPUT } from '@shared/commitment/template'
import { cardYearOf } from '@shared/commitment/year'
import { insertBatches, measureCall, withBenchCloud } from './cloud'

const MEMBERS = 200
const ORG = 'bench-wall-org'
const TOKEN = 'bench-wall-public-token-0001'
const memberId = (m: number) => `bw${String(m).padStart(3, '0')}`

function items(m: number, year: number): CardItem[] {
  const five = DEFAULT_SECTIONS.map((s, i) => ({
    id: `${s.id}-1`,
    section: s.id,
    what: `${s.name}：完成辖区第${m}段养护任务`,
    target: `全年完成 ${10 * (i + 1)} 项，优良率 90%`,
    deadline: `${year}-${String(3 * ((i % 4) + 1)).padStart(2, '0')}-30`
  }))
  const x = ['tbenchyear01', 'tbenchquarter1'].map((t) => ({
    id: `x-${t}`,
    section: 'x',
    what: t.includes('year') ? '全年养护里程目标分解' : '桥隧汛后专项检查',
    target: '负责路段优良路率 90% 以上',
    deadline: `${year}-12-31`,
    taskId: t
  }))
  return [...five, ...x]
}

async function seed(db: any, now: Date): Promise<void> {
  const year = cardYearOf(now)
  const window = currentOrLastWindow(year, DEFAULT_TEMPLATE_INPUT.checkWindow, now)
  const at = now.toISOString()
  await db.collection('orgs').add({
    data: [
      { _id: 'bench-committee', name: '基准党委', kind: 'committee', parentId: null, external: false },
      { _id: ORG, name: '基准养护中心党支部', kind: 'branch', parentId: 'bench-committee', external: false }
    ]
  })
  const members: object[] = []
  const cards: object[] = []
  const checks: object[] = []
  for (let m = 0; m < MEMBERS; m++) {
    const id = memberId(m)
    members.push({
      _id: id,
      name: `党员${m}`,
      phone: `1380000${String(m).padStart(4, '0')}`,
      partyStatus: 'full',
      employment: 'contract',
      homeOrgId: ORG,
      activeOrgIds: [ORG],
      assessingOrgId: ORG,
      groupId: null,
      joinedAt: '2010-07-01',
      fullAt: '2011-07-01',
      roles: m === 0 ? [{ orgId: ORG, role: 'secretary' }] : []
    })
    const list = items(m, year)
    cards.push({
      _id: `${id}:${year}`,
      memberId: id,
      memberName: `党员${m}`,
      orgId: ORG,
      year,
      templateId: 'default',
      status: 'approved',
      items: list,
      rev: 3,
      approvedVersion: 1,
      lastVersion: 1,
      returnNote: null,
      withdrawn: null,
      updatedAt: at,
      approvedItems: list,
      approvedAt: at
    })
    if (window) {
      checks.push({
        _id: `${id}:${year}:q${window.quarter}`,
        cardId: `${id}:${year}`,
        memberId: id,
        orgId: ORG,
        year,
        quarter: window.quarter,
        version: 1,
        entries: list.map((x, i) => ({ itemId: x.id, progress: i % 3 ? 'doing' : 'done', note: '按计划推进，已完成阶段目标', photos: [] })),
        status: 'accepted',
        returnReason: null,
        submittedAt: at,
        reviewedAt: at,
        reviewedBy: memberId(0),
        rev: 2
      })
    }
  }
  await insertBatches(db, 'members', members)
  await db.collection('bindings').add({
    data: [0, 1].map((m) => ({ _id: `bench:${memberId(m)}`, memberId: memberId(m), via: 'seed', boundAt: now }))
  })
  await insertBatches(db, 'commitmentCards', cards)
  await insertBatches(db, 'commitmentChecks', checks)
  await db.collection('commitmentWallLinks').add({ data: { _id: ORG, token: TOKEN, createdBy: memberId(0), createdAt: at } })
}

export async function benchCommitment(): Promise<Record<string, number>> {
  return withBenchCloud('commitment', async (local, db) => {
    await seed(db, new Date())
    const wall = await measureCall(local, 'commitment', { action: 'wall' }, `bench:${memberId(1)}`)
    const pub = await measureCall(local, 'commitment', { action: 'publicWall', token: TOKEN }, '')
    const queue = await measureCall(local, 'commitment', { action: 'reviewQueue', orgId: ORG }, `bench:${memberId(0)}`)
    if (wall.data.cards.length !== MEMBERS || queue.data.rows.length !== MEMBERS) throw new Error('bench: not every member came back')
    const out: Record<string, number> = {}
    for (const [name, r] of Object.entries({ wall, publicWall: pub, reviewQueue: queue })) {
      out[`commitment.${name}.members`] = MEMBERS
      out[`commitment.${name}.replyBytes`] = r.bytes
      out[`commitment.${name}.medianMs`] = r.median
      out[`commitment.${name}.maxMs`] = r.max
      out[`commitment.${name}.dbTrips`] = r.trips
    }
    return out
  })
}
