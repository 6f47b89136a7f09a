// The rating verdict, pure: facts in, verdict out (no cloud). flow.test.ts and refusals.test.ts show
// the action through the function, with what it stores and audits.
import type { Caller } from '@server/auth'
import type { MemberDoc, PeriodDoc, RubricDoc } from '@server/model'
import type { Source } from '@shared/assessment/api'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { itemsRatedBy } from '@shared/assessment/rubric'
import type { RoleGrant } from '@shared/member/api'
import { decideRate, type RateFacts } from '../../../cloudfunctions/assessment/rating'
import type { Target } from '../../../cloudfunctions/assessment/targets'

const NOW = new Date('2026-12-20T10:00:00+08:00')
const RUBRIC = { ...DEFAULT_RUBRIC, _id: 'c1:v1', orgId: 'c1', version: 1, createdAt: null, createdBy: null } as RubricDoc
const PERIOD = {
  _id: 'p1',
  orgId: 'b1',
  committeeId: 'c1',
  status: 'rating',
  ratingDeadline: '2026-12-31T23:59:00+08:00',
  reopenedAt: null,
  memberIds: ['m01', 'm02', 'm03']
} as unknown as PeriodDoc
const caller = (memberId: string, roles: RoleGrant[] = []): Caller => ({
  openid: `wx-${memberId}`,
  memberId,
  member: { _id: memberId } as MemberDoc,
  roles
})
const MEMBER = caller('m01')
const SECRETARY = caller('m02', [{ orgId: 'b1', role: 'secretary' }])
const OUTSIDER = caller('m17')
const TARGETS: Target[] = [
  { memberId: 'm01', name: '赵永平', source: 'self' },
  { memberId: 'm03', name: '杨国栋', source: 'peer' }
]
const fullScores = (source: Source) => Object.fromEntries(itemsRatedBy(RUBRIC, source).map((i) => [i.id, i.max]))

function facts(source: Exclude<Source, 'masses'>, memberId: string, over: Partial<RateFacts> = {}, extra: object = {}): RateFacts {
  return {
    now: NOW,
    caller: MEMBER,
    period: PERIOD,
    targets: TARGETS,
    rubric: RUBRIC,
    input: { source, memberId, scores: fullScores(source), ...extra },
    ...over
  }
}

describe('decideRate', () => {
  it.each<[string, string, string, RateFacts]>([
    ['a peer rating of oneself', 'SELF_PEER', '不能以党员互评的方式给自己评分，请使用个人自评', facts('peer', 'm01')],
    ['an org rating by a plain member', 'FORBIDDEN', '只有该支部的书记、副书记和支委可以进行组织考评', facts('org', 'm03')],
    ['someone outside the period', 'NOT_A_TARGET', '你不在该考核期内，不能评分', facts('self', 'm17', { caller: OUTSIDER })],
    [
      'a self rating by the secretary who is not assessed',
      'NOT_A_TARGET',
      '你不在该考核期内，不能评分',
      facts('self', 'm02', { caller: SECRETARY, period: { ...PERIOD, memberIds: ['m01'] } })
    ],
    ['a closed period', 'PERIOD_STATE', '该考核期已结束评分', facts('self', 'm01', { period: { ...PERIOD, status: 'closed' } })],
    ['past the deadline', 'PERIOD_STATE', '已过评分截止时间', facts('self', 'm01', { now: new Date('2027-01-01T00:00:00+08:00') })],
    [
      'an org rating once the results are computed',
      'PERIOD_STATE',
      '结果已计算，如需修改组织评分，请党委重新开启考核期',
      facts('org', 'm01', {
        caller: SECRETARY,
        targets: [{ memberId: 'm01', name: '赵永平', source: 'org' }],
        period: { ...PERIOD, status: 'closed', computedAt: '2027-01-02T00:00:00+08:00' }
      })
    ],
    ['a self rating of someone else', 'NOT_A_TARGET', '个人自评只能评自己', facts('self', 'm03')],
    ['a peer rating of someone not a peer', 'NOT_A_TARGET', '你不能以该身份评价这位党员', facts('peer', 'm02')],
    ['a missing score', 'SCORE_INVALID', '评分不正确：缺少“理论学习”的评分', facts('self', 'm01', {}, { scores: {} })],
    ['bonus points from a peer', 'SCORE_INVALID', '评分不正确：只有组织考评可以评定加分项', facts('peer', 'm03', {}, { bonus: {} })]
  ])('%s → %s', (_l, code, message, f) => {
    const v = decideRate(f)
    expect(v.ok).toBe(false)
    if (!v.ok) expect({ code: v.error.code, message: v.error.message }).toEqual({ code, message })
  })

  it.each<[string, RateFacts]>([
    ['a self rating', facts('self', 'm01')],
    ['a peer rating', facts('peer', 'm03')],
    [
      'an org rating by the secretary',
      facts('org', 'm01', { caller: SECRETARY, targets: [{ memberId: 'm01', name: '赵永平', source: 'org' }] })
    ],
    [
      'an org rating after a close before every one was in (not computed yet), past the deadline',
      facts('org', 'm01', {
        caller: SECRETARY,
        targets: [{ memberId: 'm01', name: '赵永平', source: 'org' }],
        period: { ...PERIOD, status: 'closed', computedAt: null },
        now: new Date('2027-01-03T00:00:00+08:00')
      })
    ],
    [
      'a correction after a reopen, past the deadline',
      facts('self', 'm01', {
        period: { ...PERIOD, status: 'closed', reopenedAt: '2027-01-02T00:00:00+08:00' },
        now: new Date('2027-01-03T00:00:00+08:00')
      })
    ]
  ])('%s → ok', (_l, f) => expect(decideRate(f)).toEqual({ ok: true }))
})
