import type { LedgerRow } from '@shared/checkin/api'
import { LEDGER_COLUMN_WIDTHS, LEDGER_HEADERS, ledgerCells, ledgerFileName } from '@shared/checkin/ledgerSheet'

const row = (over: Partial<LedgerRow>): LedgerRow => ({
  date: '2026-07-01',
  activityId: 'a000000001',
  type: 'themeDay',
  typeLabel: '主题党日',
  title: '主题党日：学习新修订的党章',
  orgId: 'org-b1',
  orgName: '第一养护中心党支部',
  memberId: 'm07',
  name: '赵永平',
  status: 'present',
  checkedInAt: null,
  clock: null,
  makeupReason: null,
  ...over
})

describe('ledgerCells', () => {
  it.each([
    ['present', row({ status: 'present', checkedInAt: '2026-07-01T00:55:00.000Z' }), '出席', '2026-07-01 08:55', ''],
    ['late', row({ status: 'late', checkedInAt: '2026-07-01T01:07:00.000Z' }), '迟到', '2026-07-01 09:07', ''],
    [
      'make-up with its reason',
      row({ status: 'makeup', checkedInAt: '2026-07-02T02:00:00.000Z', makeupReason: '在抢修现场' }),
      '补签',
      '2026-07-02 10:00',
      '在抢修现场'
    ],
    ['absent (an ended activity)', row({ status: 'absent' }), '缺席', '', ''],
    ['not checked in yet (the activity has not ended)', row({ status: 'pending' }), '未签到', '', ''],
    ['guest', row({ status: 'guest', checkedInAt: '2026-07-01T01:00:00.000Z' }), '列席', '2026-07-01 09:00', ''],
    // 16:30 UTC is 00:30 CST the next day: the sheet shows the CST wall clock.
    ['a time past CST midnight', row({ checkedInAt: '2026-06-30T16:30:00.000Z' }), '出席', '2026-07-01 00:30', '']
  ])('%s', (_l, r, status, time, reason) => {
    expect(ledgerCells(r)).toEqual([
      '2026-07-01',
      '主题党日',
      '主题党日：学习新修订的党章',
      '第一养护中心党支部',
      '赵永平',
      status,
      time,
      reason
    ])
  })

  it('headers and widths line up with the cells', () => {
    expect(LEDGER_HEADERS).toEqual(['日期', '活动类型', '活动', '组织', '姓名', '状态', '签到时间', '补签原因'])
    expect(LEDGER_COLUMN_WIDTHS).toHaveLength(LEDGER_HEADERS.length)
    expect(ledgerCells(row({}))).toHaveLength(LEDGER_HEADERS.length)
  })
})

describe('ledgerFileName', () => {
  it.each([
    ['第一养护中心党支部', '台账_第一养护中心党支部_2026-01-01_2026-03-31.xlsx'],
    ['路面/桥隧 联合:党小组', '台账_路面_桥隧_联合_党小组_2026-01-01_2026-03-31.xlsx'],
    ['a'.repeat(100), `台账_${'a'.repeat(60)}_2026-01-01_2026-03-31.xlsx`]
  ])('%s', (org, name) => {
    expect(ledgerFileName(org, '2026-01-01', '2026-03-31')).toBe(name)
  })
})
