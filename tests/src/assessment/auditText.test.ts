/** @jest-environment node */
import fs from 'node:fs'
import path from 'node:path'
import type { AuditEntry } from '@shared/assessment/api'
import { auditLine, auditVerb } from '@/assessment/auditText'

const names = { m03: '王建军', m04: '李红梅', m05: '张志刚', m07: '赵永平', m10: '杨国栋' }
const KEY = '9c1f0e77aa33bb44cc55dd66ee77ff8899aabbccddeeff00112233445566778899'
const e = (action: string, target: string, before: unknown, after: unknown, by = 'm03'): AuditEntry => ({
  _id: 'a1',
  periodId: 'pabc123456',
  at: '2026-12-15T13:58:00.434Z',
  by,
  action,
  target,
  before,
  after
})

describe('auditLine: the log in words', () => {
  it.each<[string, AuditEntry, string, string, string | null]>([
    [
      'open',
      e('openPeriod', 'period', null, { status: 'rating', name: '2026年第四季度', rubricId: 'org-committee:v2' }),
      '王建军',
      '开启考评',
      '“2026年第四季度”，细则第 2 版'
    ],
    ['close', e('closePeriod', 'period', { status: 'rating' }, { status: 'closed' }), '王建军', '截止评分', null],
    [
      'publish',
      e('publish', 'period', { status: 'closed' }, { status: 'published', publicityEndsAt: '2026-12-20T10:00:00.000Z' }),
      '王建军',
      '发布公示',
      '公示至 2026-12-20 18:00'
    ],
    [
      'reopen by staff',
      e('reopenPeriod', 'period', { status: 'published' }, { status: 'closed', reason: '异议核实后需更正出勤' }, 'st1'),
      '（未知成员）',
      '重新开启',
      '原为已公示，原因：异议核实后需更正出勤'
    ],
    [
      'an organisation rating',
      e(
        'rate',
        `rating:pabc123456:org:m04:m07`,
        null,
        { scores: { a: 8, b: 7.5 }, bonus: { x: 2 }, vetoes: [], comment: '表现良好' },
        'm04'
      ),
      '李红梅',
      '评分：赵永平（组织考评）',
      '合计 15.5 分，加分 2 分，评语“表现良好”'
    ],
    [
      'a changed self rating',
      e('changeRating', 'rating:pabc123456:self:m07:m07', { scores: { a: 6 } }, { scores: { a: 8 } }, 'm07'),
      '赵永平',
      '修改评分：赵永平（个人自评）',
      '合计 6 分 → 合计 8 分'
    ],
    [
      'a peer rating: no key, no scores',
      e('rate', `rating:pabc123456:peer:${KEY}:m10`, null, null, 'peer'),
      '党员互评（匿名）',
      '评分：杨国栋（党员互评）',
      null
    ],
    [
      'a masses rating',
      e('rate', `rating:pabc123456:masses:${KEY}:m10`, null, null, 'masses'),
      '群众评议（匿名）',
      '评分：杨国栋（群众参评）',
      null
    ],
    [
      'a first result',
      e('compute', 'result:m10', null, { total: 60.3, flag: 'grey', rank: 11 }),
      '王建军',
      '计算结果：杨国栋',
      '灰旗 60.3 分，第 11 名'
    ],
    [
      'a changed result',
      e('compute', 'result:m10', { total: 60.3, flag: 'grey', rank: 11 }, { total: 71, flag: 'blue', rank: 10 }),
      '王建军',
      '计算结果：杨国栋',
      '灰旗 60.3 分，第 11 名 → 蓝旗 71 分，第 10 名'
    ],
    ['codes', e('issueMassesCodes', 'massesCodes', { issued: 10 }, { issued: 30 }), '王建军', '发放群众参评码', '本次 20 个，累计 30 个'],
    [
      'the talk the issue saw as status=assigned，flag=yellow，talkerId=m03，dueAt=…',
      e('createTalk', 'talk:pabc123456:m10', null, {
        status: 'assigned',
        flag: 'yellow',
        total: 84,
        talkerId: 'm03',
        dueAt: '2026-12-15T13:58:00.434Z'
      }),
      '王建军',
      '生成谈话任务：杨国栋',
      '黄旗 84 分，谈话人 王建军，2026-12-15 21:58 前完成'
    ],
    [
      'an updated talk',
      e('updateTalk', 'talk:pabc123456:m10', { flag: 'yellow', total: 84 }, { flag: 'blue', total: 75 }),
      '王建军',
      '更新谈话任务：杨国栋',
      '黄旗 84 分 → 蓝旗 75 分'
    ],
    [
      'a cancelled talk',
      e('cancelTalk', 'talk:pabc123456:m10', { status: 'assigned', flag: 'yellow', total: 84 }, null),
      '王建军',
      '撤销谈话任务：杨国栋',
      '原为黄旗 84 分，待谈话，重新计算后无需谈话'
    ],
    [
      'an assigned talk',
      e('assignTalk', 'talk:pabc123456:m10', { talkerId: 'm03' }, { talkerId: 'm05' }),
      '王建军',
      '指派谈话：杨国栋',
      '谈话人 王建军 → 谈话人 张志刚'
    ],
    [
      'a recorded talk',
      e(
        'recordTalk',
        'talk:pabc123456:m10',
        { status: 'assigned' },
        { status: 'recorded', record: { date: '2026-12-10', problems: 'x' } },
        'm05'
      ),
      '张志刚',
      '记录谈话：杨国栋',
      '谈话日期 2026-12-10'
    ],
    [
      'an acknowledged talk',
      e('ackTalk', 'talk:pabc123456:m10', { status: 'recorded' }, { status: 'acknowledged' }, 'm10'),
      '杨国栋',
      '确认谈话记录：杨国栋',
      null
    ],
    [
      'an objection',
      e('fileObjection', 'objection:pabc123456:m10', null, { reason: '出勤少算了一次', status: 'pending' }, 'm10'),
      '杨国栋',
      '提出异议：杨国栋',
      '理由：出勤少算了一次'
    ],
    [
      'an answer',
      e('answerObjection', 'objection:pabc123456:m10', { status: 'pending' }, { status: 'answered', answer: '已核实更正' }),
      '王建军',
      '答复异议：杨国栋',
      '答复：已核实更正'
    ],
    ['an action the client does not know', e('somethingNew', 'weird:thing', { a: 1 }, { b: { c: 2 } }), '王建军', '其他操作', null]
  ])('%s', (_name, entry, who, what, detail) => {
    expect(auditLine(entry, names)).toEqual({ at: '2026-12-15 21:58', who, what, detail })
  })

  it('never shows an id, a key, an ISO instant or JSON', () => {
    const entries = [
      e('createTalk', 'talk:pabc123456:m10', null, {
        status: 'assigned',
        flag: 'yellow',
        total: 84,
        talkerId: 'm03',
        dueAt: '2026-12-15T13:58:00.434Z'
      }),
      e('rate', `rating:pabc123456:peer:${KEY}:m10`, null, null, 'peer'),
      e('somethingNew', 'weird:thing', { a: 1 }, { b: { c: 2 } })
    ]
    for (const x of entries) {
      const words = Object.values(auditLine(x, names)).join(' ')
      expect(words).not.toMatch(/m\d\d|pabc|9c1f|T\d\d:|[{}=]|status|flag|talkerId/)
    }
  })
})

describe('every action the function audits has words', () => {
  // Read from the function's source, so a new action fails here until it is worded.
  const serverActions = (() => {
    const dir = path.join(__dirname, '../../../cloudfunctions/assessment')
    const found = new Set<string>()
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8')
      for (const m of src.matchAll(/auditEntry\([^,]+,[^,]+,\s*([^,]+),/g))
        for (const lit of m[1].matchAll(/'([A-Za-z]+)'/g)) found.add(lit[1])
    }
    return [...found, 'rate', 'changeRating'].sort()
  })()
  it('finds them in the source', () => expect(serverActions.length).toBeGreaterThanOrEqual(16))
  it.each(serverActions)('%s', (a) => expect(auditVerb(a)).not.toBe('其他操作'))
})
