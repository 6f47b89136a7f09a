/** @jest-environment node */
import type { RatingProgress, Talk } from '@shared/assessment/api'
import {
  boardPage,
  checkPeriodForm,
  checkTalkRecord,
  massesUrl,
  missingOrgNames,
  orgRatePage,
  periodPage,
  periodPicks,
  progressCells,
  progressTotals,
  resultPage,
  sortTalks,
  suggestedDeadline,
  talkDueLabel,
  type PeriodForm
} from '@/assessment/desk'

const at = (iso: string) => new Date(iso)

describe('routes', () => {
  it.each([
    [periodPage('p 1'), '/assessment/pages/period/index?periodId=p%201'],
    [boardPage('p1'), '/assessment/pages/board/index?periodId=p1'],
    [resultPage('p1', 'm2'), '/assessment/pages/result/index?periodId=p1&memberId=m2'],
    [orgRatePage('p1', 'm2'), '/assessment/pages/rate/index?periodId=p1&memberId=m2&source=org'],
    [massesUrl('http://127.0.0.1:8080', 'AB12CD34'), 'http://127.0.0.1:8080/#/assessment/pages/masses/index?code=AB12CD34'],
    [massesUrl('https://x.cn/', 'A+B'), 'https://x.cn/#/assessment/pages/masses/index?code=A%2BB']
  ])('%s', (url, expected) => expect(url).toBe(expected))
})

describe('period quick picks', () => {
  it.each([
    [
      '2026-11-21T02:00:00Z',
      [
        '2026年第四季度 2026-10-01..2026-12-31',
        '2026年第三季度 2026-07-01..2026-09-30',
        '2026年度 2026-01-01..2026-12-31',
        '2025年度 2025-01-01..2025-12-31'
      ]
    ],
    // 1 January 01:00 CST is still 31 December in UTC: the picks follow CST
    [
      '2026-12-31T17:00:00Z',
      [
        '2027年第一季度 2027-01-01..2027-03-31',
        '2026年第四季度 2026-10-01..2026-12-31',
        '2027年度 2027-01-01..2027-12-31',
        '2026年度 2026-01-01..2026-12-31'
      ]
    ],
    [
      '2028-05-10T00:00:00Z',
      [
        '2028年第二季度 2028-04-01..2028-06-30',
        '2028年第一季度 2028-01-01..2028-03-31',
        '2028年度 2028-01-01..2028-12-31',
        '2027年度 2027-01-01..2027-12-31'
      ]
    ]
  ])('at %s', (now, picks) => {
    expect(periodPicks(at(now)).map((p) => `${p.name} ${p.from}..${p.to}`)).toEqual(picks)
  })

  it.each([
    ['2026-12-31', '2026-11-21T02:00:00Z', '2027-01-07'],
    ['2026-09-30', '2026-11-21T02:00:00Z', '2026-11-28']
  ])('a period ending %s suggests a deadline (now %s) on %s at 18:00', (to, now, date) => {
    expect(suggestedDeadline(to, at(now))).toEqual({ date, time: '18:00' })
  })
})

describe('open-period form', () => {
  const now = at('2026-11-21T02:00:00Z')
  const good: PeriodForm = {
    orgId: 'b1',
    name: ' 2026年第四季度 ',
    from: '2026-10-01',
    to: '2026-12-31',
    deadlineDate: '2027-01-07',
    deadlineTime: '18:00',
    peerScope: 'group',
    publicityDays: '5'
  }
  it('turns a good form into the openPeriod request (trimmed name, CST deadline)', () => {
    expect(checkPeriodForm(good, now)).toEqual({
      ok: true,
      input: {
        orgId: 'b1',
        name: '2026年第四季度',
        from: '2026-10-01',
        to: '2026-12-31',
        ratingDeadline: '2027-01-07T10:00:00.000Z',
        peerScope: 'group',
        publicityDays: 5
      }
    })
  })
  it.each<[string, Partial<PeriodForm>, string]>([
    ['no org', { orgId: '' }, '请选择考核的支部'],
    ['no name', { name: '  ' }, '请输入考评名称，如 2026年第四季度'],
    ['long name', { name: '考'.repeat(41) }, '考评名称不超过40个字'],
    ['bad from', { from: '2026-10-32' }, '请选择考评起止日期'],
    ['no end picked', { to: '' }, '请选择考评起止日期'],
    ['no deadline picked', { deadlineDate: '' }, '请选择评分截止日期和时间'],
    ['dates in the wrong order', { from: '2027-01-01' }, '开始日期不能晚于结束日期'],
    ['bad time', { deadlineTime: '25:00' }, '请选择评分截止日期和时间'],
    ['deadline passed', { deadlineDate: '2026-11-21', deadlineTime: '09:59' }, '评分截止时间须晚于现在'],
    [
      'deadline before the start',
      { from: '2026-11-01', to: '2026-12-31', deadlineDate: '2026-10-31', deadlineTime: '18:00' },
      '评分截止时间须晚于现在'
    ],
    ['publicity 0', { publicityDays: '0' }, '公示天数为1到30天'],
    ['publicity 31', { publicityDays: '31' }, '公示天数为1到30天'],
    ['publicity 2.5', { publicityDays: '2.5' }, '公示天数为1到30天']
  ])('refuses %s', (_n, patch, message) => {
    expect(checkPeriodForm({ ...good, ...patch }, now)).toEqual({ ok: false, message })
  })
  it('refuses a deadline before the period starts', () => {
    const f = { ...good, from: '2027-02-01', to: '2027-03-31', deadlineDate: '2027-01-20' }
    expect(checkPeriodForm(f, now)).toEqual({ ok: false, message: '评分截止日期不能早于考评开始日期' })
  })
})

describe('rating progress', () => {
  const p = (name: string, self: boolean, peer: number, peerExpected: number, masses: number, org: number): RatingProgress => ({
    memberId: name,
    name,
    self,
    peer,
    peerExpected,
    masses,
    org
  })
  it.each([
    [p('甲', true, 3, 3, 2, 1), { self: '✓', peer: '3/3', masses: '2', org: '✓', orgMissing: false, peerShort: false }],
    [p('乙', false, 1, 4, 0, 0), { self: '—', peer: '1/4', masses: '0', org: '—', orgMissing: true, peerShort: true }],
    [p('丙', true, 0, 0, 0, 2), { self: '✓', peer: '0/0', masses: '0', org: '✓', orgMissing: false, peerShort: false }]
  ])('cells for %j', (row, cells) => expect(progressCells(row)).toEqual(cells))

  it('sums the branch and names the members still without an organisation rating', () => {
    expect(progressTotals([p('甲', true, 3, 3, 2, 1), p('乙', false, 5, 4, 0, 0), p('丙', true, 0, 2, 1, 0)])).toEqual({
      members: 3,
      selfDone: 2,
      peerDone: 7,
      peerExpected: 9,
      massesRatings: 3,
      orgDone: 1,
      orgMissing: ['乙', '丙']
    })
    expect(progressTotals([]).orgMissing).toEqual([])
  })

  it.each([
    [
      {
        members: [
          { memberId: 'm1', name: '张伟' },
          { memberId: 'm2', name: '赵敏' }
        ]
      },
      ['张伟', '赵敏']
    ],
    [{ members: [{ memberId: 'm3' }] }, ['m3']],
    [{ members: 'x' }, []],
    [null, []],
    [undefined, []]
  ])('missingOrgNames(%j)', (details, names) => expect(missingOrgNames(details)).toEqual(names))
})

describe('talks', () => {
  const now = at('2026-12-10T02:00:00Z') // 10:00 CST
  const t = (name: string, status: Talk['status'], dueAt: string, overdue = false): Talk => ({
    _id: name,
    periodId: 'p1',
    periodName: '2026年第四季度',
    orgId: 'b1',
    memberId: name,
    name,
    flag: 'yellow',
    total: 85,
    talkerId: 's1',
    talkerName: '李书记',
    dueAt,
    status,
    overdue,
    record: null,
    recordedAt: null,
    acknowledgedAt: null
  })
  it.each([
    [t('a', 'assigned', '2026-12-07T16:00:00Z', true), '已逾期 2 天'],
    [t('b', 'assigned', '2026-12-10T01:00:00Z'), '已逾期'],
    [t('c', 'assigned', '2026-12-10T15:00:00Z'), '今天到期'],
    [t('d', 'assigned', '2026-12-24T02:00:00Z'), '14 天后到期'],
    [t('e', 'recorded', '2026-12-01T00:00:00Z', false), '已记录，待本人确认'],
    [t('f', 'acknowledged', '2026-12-01T00:00:00Z'), '已完成（本人已确认）'],
    // the server's flag wins even when our clock says otherwise
    [t('g', 'assigned', '2026-12-12T02:00:00Z', true), '已逾期']
  ])('%j → %s', (talk, label) => expect(talkDueLabel(talk, now)).toBe(label))

  it('lists overdue talks first, then by due date, done last', () => {
    const list = [
      t('done', 'acknowledged', '2026-12-01T00:00:00Z'),
      t('later', 'assigned', '2026-12-20T00:00:00Z'),
      t('recorded', 'recorded', '2026-12-05T00:00:00Z'),
      t('late2', 'assigned', '2026-12-08T00:00:00Z', true),
      t('late1', 'assigned', '2026-12-03T00:00:00Z')
    ]
    expect(sortTalks(list, now).map((x) => x.name)).toEqual(['late1', 'late2', 'recorded', 'later', 'done'])
  })

  const rec = { date: '2026-12-09', problems: ' 学习不够 ', shortfalls: '出勤少', plan: '按时参加' }
  it('accepts a record and trims it', () => {
    expect(checkTalkRecord(rec, now)).toEqual({ ok: true, record: { ...rec, problems: '学习不够' } })
  })
  it.each([
    [{ date: '2026-12-11' }, '谈话日期不能晚于今天'],
    [{ date: '12-09' }, '请输入谈话日期，格式 2026-12-10'],
    [{ problems: ' ' }, '请填写存在问题'],
    [{ shortfalls: '' }, '请填写差距不足'],
    [{ plan: '' }, '请填写整改方向'],
    [{ plan: '改'.repeat(1001) }, '每项不超过1000字']
  ])('refuses %j', (patch, message) => expect(checkTalkRecord({ ...rec, ...patch }, now)).toEqual({ ok: false, message }))
})
