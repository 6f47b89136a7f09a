// The demo study of 第一养护中心党支部 (org-b1), relative to `now`: the committee's yearly plan with one item
// pushed to every branch (党纪学习教育, `c-k1`), org-b1's own plan of twelve monthly items, and three months
// of tasks (the month before last, last month, this month; text, link and text material) with reports in
// every state — accepted (one filed late), returned with a reason, filed waiting (one late), a draft past
// its deadline, refiled after a return, nothing at all (何小军, unbound). The quarter's Party-spirit
// analyses: passed, commented by the group leader, filed, returned, 集中重学 (with the quarter's relearn
// task) and 个别谈话 (a talk among the assessment's talks, due 14 days after the verdict). This month's task
// carries an attachment (a small PDF the secretary uploaded, 学习材料.pdf). Reminders: 石永福 (m12, analysis
// returned, nothing filed this month) holds a 党性分析提醒 and a 学习任务提醒 consent, 李红梅 (m04, no
// analysis) a 党性分析提醒 one — the study timer reminds them in the analysis's last five days and the
// task's last three (docs/study.md). Built through the function's
// rules (audienceIds, reportTransition, isLateFiling, analysisTransition) and written with doc(id).set:
// seeding twice leaves the same data.
import type { Analysis, AnalysisStatus, PlanItem, ReportStatus, StudyPlan, StudyReport, StudyTask } from '@shared/study/api'
import { analysisTransition, RELEARN_DUE_DAYS, RELEARN_HOURS, TALK_DUE_DAYS, type AnalysisEvent } from '@shared/study/analysis'
import { audienceIds } from '@shared/study/audience'
import { withPushedItem } from '@shared/study/plan'
import { type ReportEvent, reportTransition } from '@shared/study/report'
import { currentAnalysisQuarter, isLateFiling, quarterName } from '@shared/study/windows'
import { addDays, addDaysYmd, cstDate, cstMidnight, daysInMonth, formatYmd } from '@shared/core/time'
import { getCloud, type Database } from '@server/cloud'
import { reportConsent } from '@server/consent'
import type { TalkDoc } from '@server/model'
import { DEMO_COMMITTEE_ID, demoMembers } from './demo'
import { must } from './must'
import { putAll } from './put'

const ORG = 'org-b1'
const SECRETARY = 'm03'
/** 第二养护中心党支部: last month's task (the committee's stats show a second branch with figures). */
const B2 = 'org-b2'
const B2_SECRETARY = 'm14'
const COMMITTEE_K2 = '学习《中国共产党纪律处分条例》专题辅导'
const G1_LEADER = 'm05'
const DAY = 86_400_000

const CONTENTS = [
  '学习新修订的《中国共产党章程》',
  '学习《中国共产党纪律处分条例》',
  '学习习近平总书记关于交通强国的重要论述',
  '学习党的二十大报告第一部分',
  '学习《中国共产党支部工作条例（试行）》',
  '学习党史：伟大建党精神',
  '“七一”专题：重温入党誓词',
  '学习安全生产法律法规',
  '学习习近平总书记关于“三农”工作的重要论述',
  '学习《中国共产党党员教育管理工作条例》',
  '学习全会精神',
  '年度学习总结与民主评议准备'
]

const REPORT = {
  studied: '学习了本月规定篇目，并观看了专题辅导视频',
  insights: '通过学习，进一步认识到党员在养护一线要带头攻坚克难，把学习成果转化为保畅通的实际行动。',
  changes: '在路面巡查中主动发现病害并及时上报'
}

const ANALYSIS_TEXT = {
  learned: '本季度按计划学习了党章、党纪处分条例和二十大报告',
  insights: '通过学习更加坚定了理想信念，认识到自己在理论学习上还有差距，必须持续用力、常学常新。',
  orgLife: '',
  problems: '理论学习不够系统，时紧时松，联系工作实际不够',
  causes: '一线任务重时放松了学习要求，没有处理好工学矛盾',
  measures: '每周固定两个晚上学习，每月撰写一篇学习心得',
  lastMeasures: '上季度提出的按时参加组织生活已落实'
}

/** [year, month] of this month and the two before it. */
function lastThreeMonths(now: Date): Array<{ y: number; m: number }> {
  const today = cstDate(now)
  const y = Number(today.slice(0, 4))
  const m = Number(today.slice(5, 7))
  return [2, 1, 0].map((back) => {
    const mm = m - back
    return mm >= 1 ? { y, m: mm } : { y: y - 1, m: mm + 12 }
  })
}

const lastDay = ({ y, m }: { y: number; m: number }) => formatYmd({ y, m, d: daysInMonth(y, m) })

/** Replays `events` on a report from nothing through the shared state table (a typo in the demo fails loudly). */
function statusAfter(events: ReportEvent[]): ReportStatus {
  let s: ReportStatus | 'none' = 'none'
  for (const e of events) {
    const v = reportTransition(s, e)
    if (!v.ok) throw new Error(`demo study: report ${s} + ${e}: ${v.message}`)
    s = v.next
  }
  return s as ReportStatus
}

function analysisAfter(events: AnalysisEvent[], hasGroup: boolean): AnalysisStatus {
  let s: AnalysisStatus | 'none' = 'none'
  for (const e of events) {
    const v = analysisTransition(s, e, hasGroup)
    if (!v.ok) throw new Error(`demo study: analysis ${s} + ${e}: ${v.message}`)
    s = v.next
  }
  return s as AnalysisStatus
}

/** org-b2's own item for last month (its task is pushed). */
const b2Item = (mo: { y: number; m: number }): PlanItem => ({
  id: `m${mo.m}`,
  month: mo.m,
  content: '学习安全生产法律法规和应急保通预案',
  hours: 2,
  required: true,
  audience: { kind: 'all' }
})

/** org-b2's members with last month's task, in _id order: accepted, filed and waiting, returned; the rest nothing. */
const B2_REPORTS: Array<{ events: ReportEvent[]; reason?: string }> = [
  { events: ['file', 'accept'] },
  { events: ['file', 'accept'] },
  { events: ['file', 'accept'] },
  { events: ['file'] },
  { events: ['file', 'return'], reason: '请结合应急保通岗位写出改进举措' }
]

/** org-b2's quarter: two analyses (郭亮 passed, 罗文静 filed and waiting for her group's comment). */
const B2_ANALYSES: Record<string, AnalysisEvent[]> = { m17: ['submit', 'comment', 'pass'], m18: ['submit'] }

/** What each member did with the task of the month before last / last month / this month. */
const PLAN: Record<string, Array<{ events: ReportEvent[]; reason?: string; lateDays?: number } | null>> = {
  m03: [{ events: ['file', 'accept'] }, { events: ['file', 'accept'] }, null],
  m04: [{ events: ['file', 'accept'] }, { events: ['file', 'accept'] }, { events: ['file'] }],
  m05: [{ events: ['file', 'accept'] }, { events: ['file'] }, null],
  m06: [{ events: ['file', 'accept'] }, { events: ['file', 'accept'] }, null],
  m07: [
    { events: ['file', 'accept'], lateDays: 3 },
    { events: ['file', 'return'], reason: '心得体会要结合本职岗位，写具体一些' },
    { events: ['save'] }
  ],
  m08: [{ events: ['file', 'return'], reason: '改进举措过于笼统，请写出具体做法' }, { events: ['file', 'accept'] }, { events: ['file'] }],
  m09: [{ events: ['file'] }, { events: ['file', 'accept'] }, null],
  m10: [{ events: ['save'] }, null, null],
  m11: [null, null, null],
  m12: [{ events: ['file'], lateDays: 5 }, { events: ['file', 'accept'] }, null],
  m13: [
    { events: ['file', 'return', 'file', 'accept'], reason: '学习内容请写明篇目' },
    { events: ['file', 'return', 'file'], reason: '请补充改进举措' },
    null
  ]
}

/** The quarter's analyses: member → the events of their round. */
const ANALYSES: Record<string, { events: AnalysisEvent[]; reason?: string }> = {
  m07: { events: ['submit', 'comment', 'pass'] },
  m09: { events: ['submit', 'comment'] },
  m08: { events: ['submit'] },
  m12: { events: ['submit', 'comment', 'return'], reason: '原因分析不够具体，请对照问题逐条分析' },
  m13: { events: ['submit', 'comment', 'relearn'], reason: '学习不够深入，问题查找不准' },
  m10: { events: ['submit', 'comment', 'talk'], reason: '上季度整改措施落实不到位，需当面谈心' }
}

/** Where the demo's attachment lives (the secretary's study folder). */
export const DEMO_ATTACHMENT_PATH = `study/${SECRETARY}/demoattachment0001.pdf`

/** A one-page PDF with a line of (ASCII) text: enough for the viewer to open. */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, '')
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  for (const [i, o] of objects.entries()) {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  }
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(out, 'latin1')
}

export async function seedDemoStudy(db: Database, now: Date): Promise<void> {
  const members = demoMembers(now).filter((m) => m.assessingOrgId === ORG)
  const byId = new Map(members.map((m) => [m._id, m]))
  const months = lastThreeMonths(now)
  const years = [...new Set(months.map((x) => x.y))]
  const at = now.toISOString()
  const set = (collection: string, doc: { _id: string }) => {
    const { _id, ...data } = doc
    return db.collection(collection).doc(_id).set({ data })
  }

  // The committee's plan and its pushed item; org-b1's own twelve months.
  for (const y of years) {
    const k1: PlanItem = {
      id: 'k1',
      month: months[2].m,
      content: '党纪学习教育专题学习',
      hours: 4,
      required: true,
      audience: { kind: 'all' }
    }
    // k2 is in the committee's plan and not pushed yet (党委学习计划 offers 下发到各支部).
    const k2: PlanItem = {
      id: 'k2',
      month: months[2].m,
      content: COMMITTEE_K2,
      hours: 2,
      required: true,
      audience: { kind: 'all' }
    }
    const committee: StudyPlan = {
      _id: `${DEMO_COMMITTEE_ID}:${y}`,
      orgId: DEMO_COMMITTEE_ID,
      year: y,
      items: [k1, k2],
      rev: 1,
      updatedAt: at,
      updatedBy: 'm01'
    }
    await set('studyPlans', committee)
    const own: PlanItem[] = CONTENTS.map((content, i) => ({
      id: `m${i + 1}`,
      month: i + 1,
      content,
      hours: 2,
      required: true,
      audience: { kind: 'all' }
    }))
    own.push({ id: 'opt-1', month: 6, content: '选学：观看纪录片《榜样》', hours: 1, required: false, audience: { kind: 'all' } })
    own.push({
      id: 'g2-1',
      month: 9,
      content: '桥隧养护党小组：学习桥梁养护安全规程',
      hours: 1.5,
      required: true,
      audience: { kind: 'group', groupId: 'org-b1-g2' }
    })
    for (const b of ['org-b1', 'org-b2', 'org-b3', 'org-jb']) {
      const items = withPushedItem(b === ORG ? own : b === B2 ? [b2Item(months[1])] : [], k1, DEMO_COMMITTEE_ID)
      await set('studyPlans', {
        _id: `${b}:${y}`,
        orgId: b,
        year: y,
        items,
        rev: 1,
        updatedAt: at,
        updatedBy: b === ORG ? SECRETARY : b === B2 ? B2_SECRETARY : 'm01'
      } as StudyPlan)
    }
  }

  // Three months of tasks, pushed on the first of their month, due on its last day.
  const sorted = [...members].sort((a, b) => a._id.localeCompare(b._id))
  const materials: StudyTask['material'][] = [
    { kind: 'text', text: '请通读原文，重点学习总则部分，并结合岗位写出学习报告单。' },
    { kind: 'link', text: '请在线学习后提交学习报告单。', url: 'https://www.12371.cn/' },
    { kind: 'text', text: '请认真学习原文，支部将于月底组织交流。' }
  ]
  const pdf = demoPdf('Study material: the Party Constitution')
  const { fileID } = await getCloud().uploadFile({ cloudPath: DEMO_ATTACHMENT_PATH, fileContent: pdf })
  materials[2] = {
    ...materials[2],
    attachment: {
      fileID,
      name: '学习材料.pdf',
      ext: 'pdf',
      kind: 'document',
      size: pdf.length,
      traceId: null
    }
  }
  for (const [i, mo] of months.entries()) {
    const pushedAt = new Date(Math.min(cstMidnight(formatYmd({ y: mo.y, m: mo.m, d: 1 })).getTime(), now.getTime() - 3 * DAY))
    const deadline = lastDay(mo)
    const itemId = `m${mo.m}`
    const task: StudyTask = {
      _id: `${ORG}:${mo.y}:${itemId}`,
      orgId: ORG,
      year: mo.y,
      origin: 'plan',
      itemId,
      title: CONTENTS[mo.m - 1],
      hours: 2,
      required: true,
      audience: { kind: 'all' },
      memberIds: audienceIds({ kind: 'all' }, sorted),
      material: materials[i],
      deadline,
      pushedBy: SECRETARY,
      pushedAt: pushedAt.toISOString()
    }
    await set('studyTasks', task)
    const reports: StudyReport[] = []
    for (const m of sorted) {
      const what = must(PLAN[m._id], `study plan of ${m._id}`)[i]
      if (!what) continue
      const status = statusAfter(what.events)
      // Filed a few days before the deadline (or `lateDays` after it), never after now; reviewed a day later.
      const due = cstMidnight(deadline).getTime()
      const filedAt = new Date(Math.min(due + ((what.lateDays ?? -4) + 0.4) * DAY, now.getTime() - 2 * DAY))
      const reviewedAt = new Date(Math.min(filedAt.getTime() + DAY, now.getTime() - DAY))
      const filed = what.events.includes('file')
      const reviewed = status === 'accepted' || status === 'returned' || what.events.includes('return')
      const report: StudyReport = {
        _id: `${task._id}:${m._id}`,
        taskId: task._id,
        memberId: m._id,
        name: m.name,
        orgId: ORG,
        groupId: m.groupId ?? null,
        year: task.year,
        ...(status === 'draft' ? { studied: REPORT.studied, insights: '', changes: '' } : REPORT),
        status,
        late: filed && isLateFiling(deadline, filedAt),
        submittedAt: filed ? filedAt.toISOString() : null,
        returnReason: status === 'returned' ? (what.reason ?? null) : null,
        reviewedBy: reviewed ? SECRETARY : null,
        reviewedByName: reviewed ? must(byId.get(SECRETARY), 'secretary').name : null,
        reviewedAt: reviewed ? reviewedAt.toISOString() : null,
        hours: status === 'accepted' ? task.hours : 0,
        rev: what.events.length,
        updatedAt: (reviewed ? reviewedAt : filedAt).toISOString()
      }
      reports.push(report)
    }
    await putAll(db, 'studyReports', reports)
  }

  // The quarter's analyses (filed two days ago, commented and decided yesterday).
  const q = currentAnalysisQuarter(now)
  const filedAt = new Date(now.getTime() - 2 * DAY).toISOString()
  const decidedAt = new Date(now.getTime() - DAY)
  const relearnId = `${ORG}:${q.year}:relearn-q${q.quarter}`
  const relearners: string[] = []
  for (const [memberId, plan] of Object.entries(ANALYSES)) {
    const m = must(byId.get(memberId), `member ${memberId}`)
    const status = analysisAfter(plan.events, !!m.groupId)
    const verdict = plan.events.find((e): e is 'pass' | 'return' | 'relearn' | 'talk' => ['pass', 'return', 'relearn', 'talk'].includes(e))
    const id = `${memberId}:${q.year}q${q.quarter}`
    const leader = must(byId.get(m.groupId === 'org-b1-g1' ? G1_LEADER : 'm06'), 'group leader')
    const a: Analysis = {
      _id: id,
      memberId,
      name: m.name,
      orgId: ORG,
      groupId: m.groupId ?? null,
      year: q.year,
      quarter: q.quarter,
      ...ANALYSIS_TEXT,
      orgLife: '本季度应参加组织生活 3 次，实际签到 3 次。',
      status,
      orgLifeCount: { present: 3, expected: 3 },
      late: false,
      submittedAt: filedAt,
      groupComment: plan.events.includes('comment')
        ? { text: '小组讨论认为查找问题比较实在，整改措施可行。', by: leader._id, byName: leader.name, at: decidedAt.toISOString() }
        : null,
      verdict: verdict
        ? {
            kind: verdict,
            reason: plan.reason ?? '',
            by: SECRETARY,
            byName: must(byId.get(SECRETARY), 'secretary').name,
            at: decidedAt.toISOString(),
            taskId: verdict === 'relearn' ? relearnId : null,
            talkId: verdict === 'talk' ? `study:${id}` : null
          }
        : null,
      rev: plan.events.length,
      updatedAt: decidedAt.toISOString()
    }
    await set('studyAnalyses', a)
    if (verdict === 'relearn') relearners.push(memberId)
    if (verdict === 'talk') {
      const talk: TalkDoc = {
        _id: `study:${id}`,
        periodId: `study:${ORG}:${q.year}q${q.quarter}`,
        periodName: `${quarterName(q.year, q.quarter)}党性分析`,
        orgId: ORG,
        memberId,
        name: m.name,
        flag: null,
        total: null,
        topic: plan.reason ?? '',
        talkerId: SECRETARY,
        talkerName: must(byId.get(SECRETARY), 'secretary').name,
        dueAt: addDays(decidedAt, TALK_DUE_DAYS),
        status: 'assigned',
        record: null,
        recordedAt: null,
        acknowledgedAt: null,
        createdAt: decidedAt,
        remindedOn: null
      }
      await set('talks', talk)
    }
  }
  await seedBranchTwo(db, now, months[1], q)
  if (relearners.length) {
    const relearn: StudyTask = {
      _id: relearnId,
      orgId: ORG,
      year: q.year,
      origin: 'relearn',
      itemId: null,
      title: `${quarterName(q.year, q.quarter)}党性分析集中重学`,
      hours: RELEARN_HOURS,
      required: true,
      audience: null,
      memberIds: relearners,
      material: { kind: 'text', text: '请参加支部组织的集中重学，对照党性分析中查找的问题重新学习，学习后提交学习报告单。' },
      deadline: addDaysYmd(cstDate(decidedAt), RELEARN_DUE_DAYS),
      pushedBy: SECRETARY,
      pushedAt: decidedAt.toISOString()
    }
    await set('studyTasks', relearn)
  }

  // Consents for the study reminders (through the ledger: a report id seen before adds nothing).
  await reportConsent(db, 'm12', 'demo-seed-study-m12', ['studyAnalysis', 'studyTask'], now)
  await reportConsent(db, 'm04', 'demo-seed-study-m04', ['studyAnalysis'], now)
}

/** 第二养护中心党支部: last month's task with reports (accepted, waiting, returned, none) and two of the quarter's analyses. */
async function seedBranchTwo(db: Database, now: Date, mo: { y: number; m: number }, q: { year: number; quarter: number }): Promise<void> {
  const members = demoMembers(now)
    .filter((m) => m.assessingOrgId === B2)
    .sort((a, b) => a._id.localeCompare(b._id))
  const secretary = must(
    members.find((m) => m._id === B2_SECRETARY),
    'org-b2 secretary'
  )
  const set = (collection: string, doc: { _id: string }) => {
    const { _id, ...data } = doc
    return db.collection(collection).doc(_id).set({ data })
  }
  const item = b2Item(mo)
  const deadline = lastDay(mo)
  const task: StudyTask = {
    _id: `${B2}:${mo.y}:${item.id}`,
    orgId: B2,
    year: mo.y,
    origin: 'plan',
    itemId: item.id,
    title: item.content,
    hours: item.hours,
    required: true,
    audience: item.audience,
    memberIds: audienceIds(item.audience, members),
    material: { kind: 'text', text: '请学习原文，结合本岗位提交学习报告单。' },
    deadline,
    pushedBy: B2_SECRETARY,
    pushedAt: new Date(Math.min(cstMidnight(formatYmd({ y: mo.y, m: mo.m, d: 1 })).getTime(), now.getTime() - 3 * DAY)).toISOString()
  }
  await set('studyTasks', task)
  const reports: StudyReport[] = []
  for (const [i, m] of members.entries()) {
    const what = B2_REPORTS[i]
    if (!what) continue
    const status = statusAfter(what.events)
    const filedAt = new Date(Math.min(cstMidnight(deadline).getTime() - 3 * DAY, now.getTime() - 2 * DAY))
    const reviewedAt = new Date(Math.min(filedAt.getTime() + DAY, now.getTime() - DAY))
    const reviewed = status === 'accepted' || status === 'returned'
    const report: StudyReport = {
      _id: `${task._id}:${m._id}`,
      taskId: task._id,
      memberId: m._id,
      name: m.name,
      orgId: B2,
      groupId: m.groupId ?? null,
      year: task.year,
      ...REPORT,
      status,
      late: isLateFiling(deadline, filedAt),
      submittedAt: filedAt.toISOString(),
      returnReason: status === 'returned' ? (what.reason ?? null) : null,
      reviewedBy: reviewed ? B2_SECRETARY : null,
      reviewedByName: reviewed ? secretary.name : null,
      reviewedAt: reviewed ? reviewedAt.toISOString() : null,
      hours: status === 'accepted' ? task.hours : 0,
      rev: what.events.length,
      updatedAt: (reviewed ? reviewedAt : filedAt).toISOString()
    }
    reports.push(report)
  }
  await putAll(db, 'studyReports', reports)
  const filedAt = new Date(now.getTime() - 2 * DAY).toISOString()
  const decidedAt = new Date(now.getTime() - DAY).toISOString()
  for (const [memberId, events] of Object.entries(B2_ANALYSES)) {
    const m = must(
      members.find((x) => x._id === memberId),
      `org-b2 member ${memberId}`
    )
    const status = analysisAfter(events, true)
    const leader = must(
      demoMembers(now).find((x) => x.roles.some((r) => r.orgId === m.groupId && r.role === 'groupLeader')),
      `leader of ${m.groupId}`
    )
    const a: Analysis = {
      _id: `${m._id}:${q.year}q${q.quarter}`,
      memberId: m._id,
      name: m.name,
      orgId: B2,
      groupId: m.groupId ?? null,
      year: q.year,
      quarter: q.quarter,
      ...ANALYSIS_TEXT,
      orgLife: '本季度应参加组织生活 3 次，实际签到 2 次。',
      status,
      orgLifeCount: { present: 2, expected: 3 },
      late: false,
      submittedAt: filedAt,
      groupComment: events.includes('comment')
        ? { text: '小组评议认为问题查找准确，措施具体。', by: leader._id, byName: leader.name, at: decidedAt }
        : null,
      verdict: events.includes('pass')
        ? { kind: 'pass', reason: '', by: B2_SECRETARY, byName: secretary.name, at: decidedAt, taskId: null, talkId: null }
        : null,
      rev: events.length,
      updatedAt: events.length > 1 ? decidedAt : filedAt
    }
    await set('studyAnalyses', a)
  }
}
