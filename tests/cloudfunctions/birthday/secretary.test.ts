// upcoming, monthlyList and makeBirthdayActivity: the committee of an org (and staff); every role.
import { addDaysYmd, cstDate, cstYmd } from '@shared/core/time'
import readXlsxFile from 'read-excel-file/node'
import { expectFail, useBirthdayCloud } from './helpers'

const cloud = useBirthdayCloud()
const today = () => cstDate(new Date())
/** The CST date `days` from today, `years` years back (no 29 February). */
const joined = (days: number, years: number) => {
  const d = addDaysYmd(today(), days)
  return `${Number(d.slice(0, 4)) - years}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`
}

describe('upcoming', () => {
  beforeEach(async () => {
    await cloud.setJoined('m07', joined(3, 20))
    await cloud.setJoined('m08', joined(0, 7))
    await cloud.setJoined('m10', joined(10, 9)) // dispatched from the village branch, assessed by org-b1
    await cloud.setJoined('m04', joined(40, 5)) // beyond 30 days
  })

  it('lists the next 30 days of the secretary’s org, round anniversaries marked', async () => {
    const r = await cloud.ok({ action: 'upcoming' }, 'm03')
    expect(r).toMatchObject({ orgId: 'org-b1', orgName: '第一养护中心党支部', from: today(), to: addDaysYmd(today(), 29) })
    expect(r.items.map((i: any) => [i.memberId, i.inDays, i.years, i.round, i.relation])).toEqual([
      ['m08', 0, 7, false, 'own'],
      ['m07', 3, 20, true, 'own'],
      ['m10', 10, 9, false, 'own']
    ])
    expect((await cloud.ok({ action: 'upcoming', days: 60 }, 'm03')).items.map((i: any) => i.memberId)).toContain('m04')
  })

  it('the home org of a dual-managed member reads them too, marked as greeted elsewhere', async () => {
    const r = await cloud.ok({ action: 'upcoming', orgId: 'org-v-longnan' }, 'm32')
    expect(r.items.map((i: any) => [i.memberId, i.relation])).toEqual([['m10', 'home']])
  })

  it.each([
    ['m04', 'org-b1', true], // deputy
    ['m05', 'org-b1', true], // committee member
    ['m01', 'org-b1', true], // staff
    ['m06', 'org-b1', false], // a group leader only
    ['m07', 'org-b1', false], // a member
    ['m14', 'org-b1', false] // another branch's secretary
  ])('%s reading %s: %s', async (who, orgId, allowed) => {
    const res = await cloud.call({ action: 'upcoming', orgId }, who)
    if (allowed) expect(res.ok).toBe(true)
    else expectFail(res, 'FORBIDDEN')
  })

  it('a member without a committee role and no org gets FORBIDDEN; bad input is INVALID_INPUT', async () => {
    expectFail(await cloud.call({ action: 'upcoming' }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'upcoming', days: 0 }, 'm03'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'upcoming', days: 400 }, 'm03'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'upcoming', orgId: 'a b' }, 'm03'), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'upcoming', orgId: 'org-nope' }, 'm01'), 'NOT_FOUND')
  })
})

describe('monthly collective birthday', () => {
  const month = () => today().slice(0, 7)
  const inMonth = (n: number) => `${Number(month().slice(0, 4)) - 10}-${month().slice(5)}-${String(n).padStart(2, '0')}`

  beforeEach(async () => {
    await cloud.setJoined('m07', inMonth(1))
    await cloud.setJoined('m08', inMonth(28))
    await cloud.setJoined('m10', inMonth(15))
  })

  it('lists the month’s birthdays of the members the org greets', async () => {
    const r = await cloud.ok({ action: 'monthlyList', orgId: 'org-b1', month: month() }, 'm03')
    expect(r.items.map((i: any) => i.memberId)).toEqual(['m07', 'm10', 'm08'])
    expectFail(await cloud.call({ action: 'monthlyList', orgId: 'org-b1', month: month() }, 'm07'), 'FORBIDDEN')
    expectFail(await cloud.call({ action: 'monthlyList', orgId: 'org-b1', month: '2026-13' }, 'm03'), 'INVALID_INPUT')
  })

  it('becomes a 主题党日 check-in activity with those members expected', async () => {
    const start = new Date(Date.now() + 2 * 86_400_000)
    const end = new Date(start.getTime() + 2 * 3600_000)
    const r = await cloud.ok(
      { action: 'makeBirthdayActivity', orgId: 'org-b1', month: month(), startAt: start.toISOString(), endAt: end.toISOString() },
      'm03'
    )
    expect(r.expectedMemberIds).toEqual(['m07', 'm08', 'm10'])
    const [a] = await cloud.all('activities', { _id: r.activityId })
    expect(a).toMatchObject({ type: 'themeDay', orgId: 'org-b1', title: `${Number(month().slice(5))}月集体政治生日`, createdBy: 'm03' })
    // The check-in function lists it for an expected member.
    const mine = await cloud.tc.call('checkin', { action: 'listActivities' }, 'demo:m07')
    expect(mine.data.upcoming.map((x: any) => x._id)).toContain(r.activityId)
  })

  it.each([
    ['m07', 'FORBIDDEN', 0],
    ['m03', 'INVALID_INPUT', -1], // ends before it starts
    ['m03', 'NO_BIRTHDAYS', 0]
  ])('refuses %s with %s, writing nothing', async (who, code, sign) => {
    if (code === 'NO_BIRTHDAYS') for (const m of ['m07', 'm08', 'm10']) await cloud.setJoined(m, '2000-01-10')
    const month_ = code === 'NO_BIRTHDAYS' && month().endsWith('-01') ? `${month().slice(0, 5)}02` : month()
    const start = new Date(Date.now() + 86_400_000)
    const end = new Date(start.getTime() + (sign < 0 ? -1 : 1) * 3600_000)
    const before = await cloud.snapshot()
    const res = await cloud.call(
      { action: 'makeBirthdayActivity', orgId: 'org-b1', month: month_, startAt: start.toISOString(), endAt: end.toISOString() },
      who
    )
    expectFail(res, code)
    expect(await cloud.snapshot()).toEqual(before)
  })
})

describe('光荣在党50年', () => {
  it('staff get the year’s list at the cut-off and the members without dates', async () => {
    const y = cstYmd(new Date()).y
    await cloud.tc.db
      .collection('members')
      .doc('m08')
      .update({ data: { joinedAt: `${y - 51}-03-01`, fullAt: `${y - 50}-03-01` } })
    await cloud.tc.db
      .collection('members')
      .doc('m07')
      .update({ data: { fullAt: null } })
    const r = await cloud.ok({ action: 'fiftyYears' }, 'm01')
    expect(r).toMatchObject({ year: y, cutoff: '07-01', missingLabel: '入党/转正日期未填' })
    expect(r.due.map((m: any) => m._id)).toContain('m08')
    expect(r.missingDates.map((m: any) => m._id)).toContain('m07')
    const earlier = await cloud.ok({ action: 'fiftyYears', cutoff: '02-28' }, 'm01')
    expect(earlier.due.map((m: any) => m._id)).not.toContain('m08')
  })

  it('exports the list as one xlsx sheet: numbered, members without dates last with the remark', async () => {
    const y = cstYmd(new Date()).y
    await cloud.tc.db
      .collection('members')
      .doc('m08')
      .update({ data: { joinedAt: `${y - 51}-03-01`, fullAt: `${y - 50}-03-01` } })
    const list = await cloud.ok({ action: 'fiftyYears' }, 'm01')
    const before = await cloud.snapshot()
    const x = await cloud.ok({ action: 'fiftyYearsXlsx' }, 'm01')
    expect(await cloud.snapshot()).toEqual(before)
    expect(x).toMatchObject({ fileName: `光荣在党50年_${y}.xlsx`, rowCount: list.due.length + list.missingDates.length })
    const file = Buffer.from(x.base64, 'base64')
    expect(x.bytes).toBe(file.length)
    const [sheet] = await readXlsxFile(file)
    const [header, ...body] = sheet.data
    expect(header).toEqual(['序号', '姓名', '所在组织', '入党日期', '转正日期', '截止日党龄', '备注'])
    expect(body.find((r: any) => r[1] === '孙丽娟')).toEqual([
      expect.anything(),
      '孙丽娟',
      '第一养护中心党支部',
      `${y - 51}-03-01`,
      `${y - 50}-03-01`,
      '50',
      null
    ])
    expectFail(await cloud.call({ action: 'fiftyYearsXlsx' }, 'm03'), 'FORBIDDEN')
  })

  it.each([
    ['m03', {}, 'FORBIDDEN'],
    ['m07', {}, 'FORBIDDEN'],
    ['m01', { cutoff: '02-30' }, 'INVALID_INPUT'],
    ['m01', { year: 1800 }, 'INVALID_INPUT']
  ])('%s %j: %s', async (who, extra, code) => {
    expectFail(await cloud.call({ action: 'fiftyYears', ...extra }, who), code)
  })
})
