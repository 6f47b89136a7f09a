jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { render, screen } from '@testing-library/react'
import AttendancePage from '@/checkin/pages/attendance'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeIntoTextarea } from '@tests/src/helpers/dom'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { activity, attendance } from '@tests/src/helpers/checkinFixtures'

const REASON = '补签原因（如：外出执行抢险任务，会后补学）'

beforeEach(() => {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: { id: 'a0k3z9x1q2' } } } as any)
})
afterEach(() => jest.restoreAllMocks())

const stat = (label: string) => screen.getByText(label, { selector: '.attendance__stat-label' }).closest('.attendance__stat')!.textContent
const statLabels = () => Array.from(document.querySelectorAll('.attendance__stat-label'), (e) => e.textContent)
const row = (name: string) =>
  screen.getByText(name, { selector: '.attendance__row .attendance__name' }).closest('.attendance__row') as HTMLElement

describe('attendance page', () => {
  it('shows 应到/实到/未签到/迟到/补签/列席/出勤率 while it runs, status tags and refused attempts', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'checkin.attendance': () => attendance() })
    render(<AttendancePage />)
    await screen.findByText('名单')
    expect(statLabels()).toEqual(['应到', '实到', '未签到', '迟到', '补签', '列席', '出勤率'])
    expect(['应到', '实到', '未签到', '迟到', '补签', '列席', '出勤率'].map(stat)).toEqual([
      '3应到',
      '2实到',
      '1未签到',
      '1迟到',
      '0补签',
      '1列席',
      '66.7%出勤率'
    ])
    expect(row('张伟').textContent).toBe('张伟09:55出席')
    expect(row('赵敏').getAttribute('data-status')).toBe('late')
    expect(row('赵敏').textContent).toBe('赵敏10:07迟到')
    expect(row('外单位党员').textContent).toBe('外单位党员09:58列席')
    expect(row('孙强').textContent).toBe('孙强未签到')
    expect(screen.getByText('未通过的签到')).toBeTruthy()
    const refusal = document.querySelector('.attendance__refusal')!.textContent
    expect(refusal).toBe('孙强2026-11-21 10:20二维码已过期很久，请勿使用截图或照片签到')
    expect(calls('attendance')).toEqual([{ action: 'attendance', activityId: 'a0k3z9x1q2' }])
  })

  it.each([
    [
      'not started: no 出勤率, nobody 缺席',
      'upcoming' as const,
      { expected: 11, present: 0, absent: 0, pending: 11, late: 0, makeup: 0, guests: 0, rate: null },
      'pending' as const,
      ['应到', '已签到', '迟到', '补签', '列席'],
      '孙强未签到'
    ],
    [
      'ended: 缺席 and 出勤率',
      'ended' as const,
      { expected: 3, present: 2, absent: 1, pending: 0, late: 1, makeup: 0, guests: 1, rate: 0.6667 },
      'absent' as const,
      ['应到', '实到', '缺席', '迟到', '补签', '列席', '出勤率'],
      '孙强缺席'
    ]
  ])('%s', async (_l, stage, summary, status, labels, sunQiang) => {
    const rows = attendance().rows.map((r) => (r.memberId === 'r3' ? { ...r, status } : r))
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'checkin.attendance': () =>
        attendance({ activity: activity({ stage, phase: stage === 'ended' ? 'ended' : 'upcoming' }), summary, rows })
    })
    render(<AttendancePage />)
    await screen.findByText('名单')
    expect(statLabels()).toEqual(labels)
    expect(row('孙强').textContent).toBe(sunQiang)
  })

  it('shows refused attempts naming no activity in their own list, only when there are some', async () => {
    const memberRefusals = [
      {
        memberId: 'r2',
        name: '赵敏',
        at: '2026-11-21T02:01:00.000Z',
        code: 'TOO_MANY_ATTEMPTS' as const,
        message: '签到失败次数过多，已暂停 10 分钟'
      },
      { memberId: 'r1', name: '张伟', at: '2026-11-21T01:59:00.000Z', code: 'CODE_MALFORMED' as const, message: '不是签到码' }
    ]
    answerCloud({ 'member.whoami': () => whoSecretary(), 'checkin.attendance': () => attendance({ refusals: [], memberRefusals }) })
    const { unmount } = render(<AttendancePage />)
    await screen.findByText('签到期间的其他失败尝试')
    expect(screen.queryByText('未通过的签到')).toBeNull()
    expect(Array.from(document.querySelectorAll('.attendance__refusal'), (e) => e.textContent)).toEqual([
      '赵敏2026-11-21 10:01签到失败次数过多，已暂停 10 分钟',
      '张伟2026-11-21 09:59不是签到码'
    ])
    unmount()

    answerCloud({ 'member.whoami': () => whoSecretary(), 'checkin.attendance': () => attendance({ memberRefusals: [] }) })
    render(<AttendancePage />)
    await screen.findByText('未通过的签到')
    expect(screen.queryByText('签到期间的其他失败尝试')).toBeNull()
  })

  const made = (memberId: string, name: string, reason: string) => ({
    memberId,
    name,
    checkedInAt: '2026-11-21T03:00:00Z',
    clock: '11:00',
    late: false,
    makeup: true,
    makeupReason: reason
  })

  it('lets the secretary add a 补签 with a reason, then shows it', async () => {
    let done = false
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'checkin.attendance': () =>
        done
          ? attendance({
              summary: { expected: 3, present: 3, absent: 0, pending: 0, late: 1, makeup: 1, guests: 1, rate: 1 },
              rows: attendance().rows.map((r) =>
                r.memberId === 'r3' ? { ...r, status: 'makeup', clock: '11:00', makeupReason: '执行抢险任务' } : r
              )
            })
          : attendance(),
      'checkin.makeup': (e) => {
        done = true
        const records = [made(e.memberIds[0], '孙强', e.reason)]
        return { records, already: [], record: records[0] }
      }
    })
    render(<AttendancePage />)
    await screen.findByText('补签', { selector: '.page__heading' })
    await tap('确认补签')
    expect(screen.getByText('请选择要补签的党员（可多选）')).toBeTruthy()
    await tapIn('.attendance__makeup .chips', '孙强')
    await typeIntoTextarea(REASON, '执')
    await tap('确认补签')
    expect(screen.getByText('请填写补签原因（至少2个字）')).toBeTruthy()
    await typeIntoTextarea(REASON, ' 执行抢险任务 ')
    await tap('确认补签')
    expect(calls('makeup')).toEqual([{ action: 'makeup', activityId: 'a0k3z9x1q2', memberIds: ['r3'], reason: '执行抢险任务' }])
    expect(await screen.findByText('已为 孙强 补签')).toBeTruthy()
    expect(row('孙强').textContent).toBe('孙强11:00补签补签原因：执行抢险任务')
    expect(stat('出勤率')).toBe('100%出勤率')
    expect(screen.getByText('没有未签到的党员')).toBeTruthy()
  })

  // 孙丽娟 then 马德明 once gave only 马德明 the make-up: the chips are checkboxes, one reason for all.
  it('makes up several members at once with one reason; a second tap unpicks', async () => {
    const rows = [
      ...attendance().rows,
      { memberId: 'm08', name: '孙丽娟', expected: true, status: 'pending' as const, checkedInAt: null, clock: null },
      { memberId: 'm09', name: '马德明', expected: true, status: 'pending' as const, checkedInAt: null, clock: null }
    ]
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'checkin.attendance': () => attendance({ rows }),
      'checkin.makeup': (e) => {
        const names: Record<string, string> = { m08: '孙丽娟', m09: '马德明', r3: '孙强' }
        const records = e.memberIds.map((id: string) => made(id, names[id], e.reason))
        return { records, already: [], record: records[0] }
      }
    })
    render(<AttendancePage />)
    await screen.findByText('补签', { selector: '.page__heading' })
    const chip = (name: string) => screen.getByText(name, { selector: '.attendance__makeup .chips__chip' })
    expect(chip('孙强').getAttribute('aria-role')).toBe('checkbox')
    await tapIn('.attendance__makeup .chips', '孙丽娟')
    await tapIn('.attendance__makeup .chips', '孙强')
    await tapIn('.attendance__makeup .chips', '马德明')
    await tapIn('.attendance__makeup .chips', '孙强') // changed my mind
    expect(['孙丽娟', '孙强', '马德明'].map((n) => chip(n).getAttribute('aria-checked'))).toEqual(['true', 'false', 'true'])
    expect(screen.getByText('确认补签（2 人）')).toBeTruthy()
    await typeIntoTextarea(REASON, '在连霍高速抢修现场')
    await tap('确认补签（2 人）')
    expect(calls('makeup')).toEqual([
      { action: 'makeup', activityId: 'a0k3z9x1q2', memberIds: ['m08', 'm09'], reason: '在连霍高速抢修现场' }
    ])
    expect(await screen.findByText('已为 孙丽娟、马德明 补签')).toBeTruthy()
  })

  it('shows the server’s refusal of a 补签 and keeps the reason', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'checkin.attendance': () => attendance(),
      'checkin.makeup': () => fail('FORBIDDEN', '只有活动所在支部的书记可以补签')
    })
    render(<AttendancePage />)
    await tapIn('.attendance__makeup .chips', '孙强')
    await typeIntoTextarea(REASON, '执行抢险任务')
    await tap('确认补签')
    expect(await screen.findByText('只有活动所在支部的书记可以补签')).toBeTruthy()
    expect((document.querySelector(`textarea`) as HTMLTextAreaElement).value).toBe('执行抢险任务')
  })

  it.each([
    ['a deputy', () => ({ ...whoSecretary(), roles: [{ orgId: 'b1', role: 'deputy' as const }] })],
    ['a plain member', () => whoMember()],
    ['the secretary of another branch', () => whoSecretary(['b2'])]
  ])('has no 补签 form for %s', async (_n, who) => {
    answerCloud({ 'member.whoami': who, 'checkin.attendance': () => attendance() })
    render(<AttendancePage />)
    await screen.findByText('名单')
    expect(screen.queryByText('确认补签')).toBeNull()
  })

  it('offers 补签 to the branch secretary for a party-group activity', async () => {
    answerCloud({
      'member.whoami': () => whoSecretary(['b1']),
      'checkin.attendance': () => attendance({ activity: activity({ orgId: 'g1', orgName: '路面党小组' }) })
    })
    render(<AttendancePage />)
    expect(await screen.findByText('确认补签')).toBeTruthy()
  })

  it('shows a refusal to read attendance', async () => {
    answerCloud({ 'member.whoami': () => whoMember(), 'checkin.attendance': () => fail('FORBIDDEN', '无权查看该活动的出勤情况') })
    render(<AttendancePage />)
    expect(await screen.findByText('无权查看该活动的出勤情况')).toBeTruthy()
  })
})
