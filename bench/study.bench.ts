// Study figures (issue 13): a branch of 200 members in 4 party groups, 50 required tasks of the year pushed
// to every member (deadlines spread over the months before now), and a report per member and task —
// 80 % accepted, the rest filed, returned or draft — plus 5 tasks credited by a collective-study check-in
// of every member. Then branchStats (the secretary, one cloud call): reply size (bytes of the JSON
// envelope, UTF-8), time (median and max of 9 calls, after one warm-up) and database round trips counted at
// the local cloud's seam (dbRequestCount). benchStudyCommittee: ten such branches under one committee and
// committeeStats by its staff (`npm run bench -- studyCommittee`).
import { addDaysYmd, cstDate } from '@shared/core/time'
import { insertBatches, measureCall, withBenchCloud } from './cloud'

const MEMBERS = 200
const TASKS = 50
const WITH_CHECKIN = 5
const ORG = 'bench-study-org'
const memberId = (m: number) => `bs${String(m).padStart(3, '0')}`
/** The committee case: BRANCHES branches of MEMBERS members and TASKS tasks each, read by one staff member. */
const BRANCHES = 10
const COMMITTEE = 'bench-study-c10'
const STAFF = 'bsc-staff'

async function seed(db: any, now: Date): Promise<number> {
  await db
    .collection('orgs')
    .add({ data: { _id: 'bench-study-committee', name: '基准党委', kind: 'committee', parentId: null, external: false } })
  return seedBranch(db, now, {
    org: ORG,
    name: '基准学习党支部',
    committee: 'bench-study-committee',
    memberId,
    phonePrefix: '1370000',
    bind: true
  })
}

/** One branch of the bench: its groups, MEMBERS members, TASKS tasks, the reports, activities and check-ins. */
async function seedBranch(
  db: any,
  now: Date,
  b: { org: string; name: string; committee: string; memberId: (m: number) => string; phonePrefix: string; bind: boolean }
): Promise<number> {
  const { org: ORG, memberId } = b
  const GROUPS = [1, 2, 3, 4].map((g) => `${ORG}-g${g}`)
  const today = cstDate(now)
  const year = Number(today.slice(0, 4))
  const at = now.toISOString()
  await db.collection('orgs').add({
    data: [
      { _id: ORG, name: b.name, kind: 'branch', parentId: b.committee, external: false },
      ...GROUPS.map((g, i) => ({ _id: g, name: `第${i + 1}党小组`, kind: 'group', parentId: ORG, external: false }))
    ]
  })
  const ids = Array.from({ length: MEMBERS }, (_, m) => memberId(m))
  await insertBatches(
    db,
    'members',
    ids.map((id, m) => ({
      _id: id,
      name: `党员${m}`,
      phone: `${b.phonePrefix}${String(m).padStart(4, '0')}`,
      partyStatus: 'full',
      employment: m % 10 === 0 ? 'dispatched' : 'contract',
      homeOrgId: ORG,
      activeOrgIds: [ORG],
      assessingOrgId: ORG,
      groupId: GROUPS[m % GROUPS.length],
      joinedAt: '2010-07-01',
      fullAt: '2011-07-01',
      roles: m === 0 ? [{ orgId: ORG, role: 'secretary' }] : []
    }))
  )
  if (b.bind)
    await db.collection('bindings').add({ data: { _id: `bench:${memberId(0)}`, memberId: memberId(0), via: 'seed', boundAt: now } })
  const tasks: object[] = []
  const reports: object[] = []
  const activities: object[] = []
  const checkins: object[] = []
  for (let t = 0; t < TASKS; t++) {
    const id = `${ORG}:${year}:t${t}`
    const activityId = t < WITH_CHECKIN ? `a${ORG.replace(/[^0-9a-z]/g, '')}${String(t).padStart(3, '0')}` : null
    // Deadlines spread from ~300 days ago to ~20 days ahead of now, inside the year where possible.
    const deadline = addDaysYmd(today, 20 - Math.round((t * 320) / TASKS))
    tasks.push({
      _id: id,
      orgId: ORG,
      year,
      origin: 'plan',
      itemId: `t${t}`,
      title: `第${t + 1}次专题学习：学习党章党规和系列讲话精神`,
      hours: 2,
      required: true,
      audience: { kind: 'all' },
      memberIds: ids,
      material: activityId ? { kind: 'activity', text: '', activityId } : { kind: 'text', text: '请学习原文并提交学习报告单' },
      deadline,
      pushedBy: memberId(0),
      pushedAt: at
    })
    if (activityId) {
      activities.push({ _id: activityId, type: 'study', title: '集中学习', orgId: ORG, expectedMemberIds: ids, createdBy: memberId(0) })
      for (const m of ids)
        checkins.push({ _id: `${activityId}:${m}`, activityId, memberId: m, orgId: ORG, checkedInAt: now, late: false, makeup: false })
      continue
    }
    ids.forEach((m, i) => {
      const k = (i + t) % 10
      const status = k < 8 ? 'accepted' : k === 8 ? 'submitted' : t % 2 ? 'returned' : 'draft'
      reports.push({
        _id: `${id}:${m}`,
        taskId: id,
        memberId: m,
        name: `党员${i}`,
        orgId: ORG,
        groupId: GROUPS[i % GROUPS.length],
        year,
        studied: '学习了党章总纲和有关条目',
        insights: '通过学习深刻认识到党员要在养护一线发挥先锋模范作用，把学习成果转化为工作成效。',
        changes: '每周对照检查一次，及时整改',
        status,
        late: false,
        submittedAt: status === 'draft' ? null : at,
        returnReason: status === 'returned' ? '请结合岗位写具体' : null,
        reviewedBy: status === 'accepted' || status === 'returned' ? memberId(0) : null,
        reviewedByName: null,
        reviewedAt: null,
        hours: status === 'accepted' ? 2 : 0,
        rev: 2,
        updatedAt: at
      })
    })
  }
  await insertBatches(db, 'studyTasks', tasks)
  await insertBatches(db, 'studyReports', reports)
  await insertBatches(db, 'activities', activities)
  await insertBatches(db, 'checkins', checkins)
  return reports.length
}

export async function benchStudy(): Promise<Record<string, number>> {
  return withBenchCloud('study', async (local, db) => {
    const reportCount = await seed(db, new Date())
    const stats = await measureCall(local, 'study', { action: 'branchStats', orgId: ORG }, `bench:${memberId(0)}`)
    if (stats.data.members.length !== MEMBERS || stats.data.branch.hours <= 0) throw new Error('bench: stats incomplete')
    return {
      'study.branchStats.members': MEMBERS,
      'study.branchStats.tasks': TASKS,
      'study.branchStats.reports': reportCount,
      'study.branchStats.replyBytes': stats.bytes,
      'study.branchStats.medianMs': stats.median,
      'study.branchStats.maxMs': stats.max,
      'study.branchStats.dbTrips': stats.trips
    }
  })
}

/**
 * The committee's stats: BRANCHES branches × MEMBERS members × TASKS tasks (the branch case above, ten
 * times), committeeStats by one staff member (one cloud call): reply size, time, database round trips.
 */
export async function benchStudyCommittee(): Promise<Record<string, number>> {
  return withBenchCloud('study-c', async (local, db) => {
    const now = new Date()
    await db
      .collection('orgs')
      .add({ data: { _id: COMMITTEE, name: '基准党委（十个支部）', kind: 'committee', parentId: null, external: false } })
    let reports = 0
    for (let i = 0; i < BRANCHES; i++) {
      const org = `bsc-b${i}`
      reports += await seedBranch(db, now, {
        org,
        name: `基准第${i + 1}党支部`,
        committee: COMMITTEE,
        memberId: (m) => `bsc${i}-${String(m).padStart(3, '0')}`,
        phonePrefix: `137${i}000`,
        bind: false
      })
    }
    await db.collection('members').add({
      data: {
        _id: STAFF,
        name: '基准工作人员',
        phone: '13799990000',
        partyStatus: 'full',
        employment: 'contract',
        homeOrgId: 'bsc-b0',
        activeOrgIds: ['bsc-b0'],
        assessingOrgId: null,
        groupId: null,
        joinedAt: '2010-07-01',
        fullAt: '2011-07-01',
        roles: [{ orgId: COMMITTEE, role: 'staff' }]
      }
    })
    await db.collection('bindings').add({ data: { _id: `bench:${STAFF}`, memberId: STAFF, via: 'seed', boundAt: now } })
    const stats = await measureCall(local, 'study', { action: 'committeeStats', committeeId: COMMITTEE }, `bench:${STAFF}`)
    if (stats.data.branches.length !== BRANCHES || stats.data.total.members !== BRANCHES * MEMBERS || stats.data.total.hours <= 0)
      throw new Error('bench: committee stats incomplete')
    return {
      'study.committeeStats.branches': BRANCHES,
      'study.committeeStats.members': BRANCHES * MEMBERS,
      'study.committeeStats.tasks': BRANCHES * TASKS,
      'study.committeeStats.reports': reports,
      'study.committeeStats.replyBytes': stats.bytes,
      'study.committeeStats.medianMs': stats.median,
      'study.committeeStats.maxMs': stats.max,
      'study.committeeStats.dbTrips': stats.trips
    }
  })
}
