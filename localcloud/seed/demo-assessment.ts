// The demo assessment: the default rubric saved by the committee as version 1, and a PUBLISHED
// assessment of 第二养护中心党支部 (org-b2) for the last full quarter before `now`, rated by all four
// sources, computed by the real domain code (so the numbers add up), with a spread of flags (red,
// yellow, blue, one grey), talks (one acknowledged, one recorded, one overdue) and one answered
// objection. 第一养护中心党支部 (org-b1) is left without a period: the end-to-end test opens one.
// Idempotent: the period's docs are removed and written again in batches (a few round trips).
import crypto from 'node:crypto'
import type { Database } from '@server/cloud'
import { addMany } from '@server/db'
import type { Source } from '@shared/assessment/api'
import { auditRater, codeHash, raterKey, ratingId } from '@shared/assessment/anonymity'
import { auditEntry, ratingAudit } from '@shared/assessment/audit'
import { computePeriod, type RatingFact } from '@shared/assessment/compute'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { itemsRatedBy } from '@shared/assessment/rubric'
import { addDaysYmd, cstMidnight, cstYmd, daysInMonth, formatYmd } from '@shared/core/time'
import { must } from './must'

export const DEMO_RUBRIC_ID = 'org-committee:v1'
const ORG = 'org-b2'
const ORG_NAME = '第二养护中心党支部'
const SECRETARY = 'm14'
const ORG_RATERS = ['m14', 'm15']
/** Assessed members (full/probationary) with the share of each item's max their raters give. */
const SHARE: Record<string, number> = { m14: 0.95, m15: 0.92, m16: 0.85, m17: 0.82, m19: 0.72, m20: 0.7, m21: 0.5 }
const NAMES: Record<string, string> = {
  m14: '高建平',
  m15: '冯雪梅',
  m16: '韩立新',
  m17: '郭亮',
  m19: '扎西才让',
  m20: '卓玛草',
  m21: '董海龙'
}
const UNBOUND = ['m20']
const DAY = 86_400_000

/** The last full quarter before `now` (CST): name, from, to. */
export function lastQuarter(now: Date): { name: string; from: string; to: string; key: string } {
  const { y, m } = cstYmd(now)
  const q = Math.floor((m - 1) / 3) // current quarter index 0..3
  const [qy, qi] = q === 0 ? [y - 1, 3] : [y, q - 1]
  const firstMonth = qi * 3 + 1
  const label = ['第一', '第二', '第三', '第四'][qi]
  return {
    name: `${qy}年${label}季度`,
    from: formatYmd({ y: qy, m: firstMonth, d: 1 }),
    to: formatYmd({ y: qy, m: firstMonth + 2, d: daysInMonth(qy, firstMonth + 2) }),
    key: `${qy}q${qi + 1}`
  }
}

const half = (x: number) => Math.round(x * 2) / 2
const scores = (source: Source, share: number, wobble: number) =>
  Object.fromEntries(
    itemsRatedBy(DEFAULT_RUBRIC, source).map((it, i) => [
      it.id,
      Math.min(it.max, half(it.max * Math.min(1, share + (((i + wobble) % 3) - 1) * 0.03)))
    ])
  )

async function replace(db: Database, collection: string, periodId: string, docs: object[]): Promise<void> {
  await db.collection(collection).where({ periodId }).remove()
  if (docs.length) await addMany(db, collection, docs)
}

export async function seedDemoAssessment(
  db: Database,
  now: Date
): Promise<{ periodId: string; ratings: number; results: number; talks: number }> {
  const secret = process.env.ASSESSMENT_SECRET ?? crypto.randomBytes(32).toString('hex')
  const q = lastQuarter(now)
  const periodId = `pdemo-b2-${q.key}`
  const members = Object.keys(SHARE)
  const at = (days: number) => new Date(now.getTime() + days * DAY)
  const openedAt = new Date(Math.max(cstMidnight(q.to).getTime() - 20 * DAY, cstMidnight(q.from).getTime()))
  const deadline = new Date(cstMidnight(addDaysYmd(q.to, 7)).getTime() + 18 * 3600_000)
  const closedAt = new Date(Math.min(deadline.getTime() + 3600_000, at(-12).getTime()))
  const publishedAt = at(-10)

  await db
    .collection('rubrics')
    .doc(DEMO_RUBRIC_ID)
    .set({ data: { ...DEFAULT_RUBRIC, orgId: 'org-committee', version: 1, createdAt: at(-60), createdBy: 'm01' } })

  // Ratings: self and peers by the bound members, three masses codes, the two organisation raters.
  const ratings: Array<RatingFact & { _id: string }> = []
  const add = (source: Source, ref: string, target: string, wobble: number, extra: Partial<RatingFact> = {}) =>
    ratings.push({
      _id: ratingId(periodId, source, ref, target),
      memberId: target,
      source,
      rater: ref,
      scores: scores(source, SHARE[target], wobble),
      ...extra
    })
  const codes = ['DEMOMASS22', 'DEMOMASS33', 'DEMOMASS44'].map(codeHash)
  for (const target of members) {
    if (!UNBOUND.includes(target)) add('self', target, target, 1)
    const peers = members.filter((m) => m !== target && !UNBOUND.includes(m))
    for (const [i, rater] of peers.entries()) add('peer', raterKey(secret, periodId, 'peer', rater, target), target, i)
    for (const [i, c] of codes.entries()) add('masses', raterKey(secret, periodId, 'masses', c, target), target, i + 2)
    for (const rater of ORG_RATERS.filter((r) => r !== target)) {
      add('org', rater, target, 0, { bonus: target === 'm14' ? { emergency: 2 } : {}, vetoes: [] })
    }
  }
  const { results } = computePeriod({
    periodId,
    orgId: ORG,
    rubric: DEFAULT_RUBRIC,
    members: members.map((m) => ({ memberId: m, name: NAMES[m] })),
    ratings,
    metrics: new Map(),
    now: closedAt
  })

  const talkDue = (days: number) => new Date(publishedAt.getTime() + days * DAY)
  const talk = (memberId: string, over: object) => {
    const r = must(
      results.find((x) => x.memberId === memberId),
      `result of ${memberId}`
    )
    return {
      _id: `${periodId}:${memberId}`,
      periodId,
      periodName: q.name,
      orgId: ORG,
      memberId,
      name: r.name,
      flag: r.flag,
      total: r.total,
      talkerId: SECRETARY,
      talkerName: '高建平',
      dueAt: talkDue(14),
      status: 'assigned',
      record: null,
      recordedAt: null,
      acknowledgedAt: null,
      createdAt: publishedAt,
      remindedOn: null,
      ...over
    }
  }
  const recordOf = (date: Date, problems: string, shortfalls: string, plan: string) => ({
    date: formatYmd(cstYmd(date)),
    problems,
    shortfalls,
    plan
  })
  const talks = results
    .filter((r) => r.flag !== 'red')
    .map((r) =>
      r.memberId === 'm16'
        ? talk('m16', {
            status: 'acknowledged',
            record: recordOf(
              at(-6),
              '理论学习不够系统，学习笔记记录较少',
              '在机械化养护攻坚中带头作用发挥不充分',
              '每月精读一篇重要文章并在党小组会上交流；主动承担一项技术攻关任务'
            ),
            recordedAt: at(-6),
            acknowledgedAt: at(-5)
          })
        : r.memberId === 'm17'
          ? talk('m17', {
              talkerId: 'm15',
              talkerName: '冯雪梅',
              status: 'recorded',
              record: recordOf(at(-2), '参加组织生活有时迟到', '服务群众主动性不够', '按时参加三会一课；每季度参加一次志愿服务'),
              recordedAt: at(-2)
            })
          : r.flag === 'grey'
            ? talk(r.memberId, { dueAt: talkDue(7) }) // due 3 days ago: overdue
            : talk(r.memberId, {})
    )

  const period = {
    orgId: ORG,
    orgName: ORG_NAME,
    name: q.name,
    from: q.from,
    to: q.to,
    ratingDeadline: deadline,
    status: 'published',
    rubricId: DEMO_RUBRIC_ID,
    peerScope: 'branch',
    publicityDays: 5,
    memberIds: [...members].sort(),
    openedAt,
    openedBy: SECRETARY,
    closedAt,
    computedAt: closedAt,
    publishedAt,
    publicityEndsAt: new Date(publishedAt.getTime() + 5 * DAY),
    reopenedAt: null,
    committeeId: 'org-committee',
    openKey: `${ORG}:${periodId}`
  }
  await db.collection('periods').doc(periodId).set({ data: period })
  await replace(
    db,
    'ratings',
    periodId,
    ratings.map(({ _id, ...r }) => ({ _id, periodId, orgId: ORG, ...r, createdAt: openedAt, updatedAt: openedAt }))
  )
  await replace(
    db,
    'massesCodes',
    periodId,
    codes.map((c) => ({
      _id: c,
      periodId,
      orgId: ORG,
      createdAt: openedAt,
      expiresAt: deadline,
      usedAt: new Date(openedAt.getTime() + 2 * DAY)
    }))
  )
  await replace(db, 'results', periodId, results)
  await replace(db, 'talks', periodId, talks)
  await replace(db, 'objections', periodId, [
    {
      _id: `${periodId}:m19`,
      periodId,
      memberId: 'm19',
      name: '扎西才让',
      reason: '本季度我参加了两次应急抢通，希望核实是否计入加分',
      filedAt: at(-9),
      status: 'answered',
      answer: '经支委会核实，两次抢通均为岗位职责内工作，未达到“急难险重表现突出”的通报表扬标准，本期不予加分。',
      answeredAt: at(-8),
      answeredBy: SECRETARY
    }
  ])
  // Through the function's own rule, so the seed logs exactly what the function would (no anonymous scores).
  const audit = (at2: Date, by: string, action: string, target: string, before: unknown, after: unknown) =>
    auditEntry(periodId, by, action, target, before, after, at2)
  await replace(db, 'assessmentAudit', periodId, [
    audit(openedAt, SECRETARY, 'openPeriod', 'period', null, { status: 'rating', name: q.name, rubricId: DEMO_RUBRIC_ID }),
    ...ratings.map((r) =>
      ratingAudit(periodId, r.source, auditRater(r.source, r.rater), true, r._id, null, { scores: r.scores }, openedAt)
    ),
    audit(closedAt, SECRETARY, 'closePeriod', 'period', { status: 'rating' }, { status: 'closed' }),
    ...results.map((r) =>
      audit(closedAt, SECRETARY, 'compute', `result:${r.memberId}`, null, { total: r.total, flag: r.flag, rank: r.rank })
    ),
    audit(publishedAt, SECRETARY, 'publish', 'period', { status: 'closed' }, { status: 'published' }),
    ...talks.map((t) => audit(publishedAt, SECRETARY, 'createTalk', `talk:${t._id}`, null, { status: 'assigned' })),
    audit(at(-9), 'm19', 'fileObjection', `objection:${periodId}:m19`, null, { status: 'pending' }),
    audit(at(-8), SECRETARY, 'answerObjection', `objection:${periodId}:m19`, { status: 'pending' }, { status: 'answered' })
  ])
  return { periodId, ratings: ratings.length, results: results.length, talks: talks.length }
}
