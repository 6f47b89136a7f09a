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
const row = (name: string) =>
  screen.getByText(name, { selector: '.attendance__row .attendance__name' }).closest('.attendance__row') as HTMLElement

describe('attendance page', () => {
  it('shows 应到/实到/缺席/迟到/补签/列席/出勤率, status tags and refused attempts', async () => {
    answerCloud({ 'member.whoami': () => whoSecretary(), 'checkin.attendance': () => attendance() })
    render(<AttendancePage />)
    await screen.findByText('名单')
    expect(['应到', '实到', '缺席', '迟到', '补签', '列席', '出勤率'].map(stat)).toEqual([
      '3应到',
      '2实到',
      '1缺席',
      '1迟到',
      '0补签',
      '1列席',
      '66.7%出勤率'
    ])
    expect(row('张伟').textContent).toBe('张伟09:55出席')
    expect(row('赵敏').getAttribute('data-status')).toBe('late')
    expect(row('赵敏').textContent).toBe('赵敏10:07迟到')
    expect(row('外单位党员').textContent).toBe('外单位党员09:58列席')
    expect(row('孙强').textContent).toBe('孙强缺席')
    expect(screen.getByText('未通过的签到')).toBeTruthy()
    const refusal = document.querySelector('.attendance__refusal')!.textContent
    expect(refusal).toBe('孙强2026-11-21 10:20二维码已过期很久，请勿使用截图或照片签到')
    expect(calls('attendance')).toEqual([{ action: 'attendance', activityId: 'a0k3z9x1q2' }])
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

  it('lets the secretary add a 补签 with a reason, then shows it', async () => {
    let made = false
    answerCloud({
      'member.whoami': () => whoSecretary(),
      'checkin.attendance': () =>
        made
          ? attendance({
              summary: { expected: 3, present: 3, absent: 0, late: 1, makeup: 1, guests: 1, rate: 1 },
              rows: attendance().rows.map((r) =>
                r.memberId === 'r3' ? { ...r, status: 'makeup', clock: '11:00', makeupReason: '执行抢险任务' } : r
              )
            })
          : attendance(),
      'checkin.makeup': (e) => {
        made = true
        return {
          record: {
            memberId: e.memberId,
            name: '孙强',
            checkedInAt: '2026-11-21T03:00:00Z',
            clock: '11:00',
            late: false,
            makeup: true,
            makeupReason: e.reason
          }
        }
      }
    })
    render(<AttendancePage />)
    await screen.findByText('补签', { selector: '.page__heading' })
    await tap('确认补签')
    expect(screen.getByText('请选择要补签的党员')).toBeTruthy()
    await tapIn('.attendance__makeup .chips', '孙强')
    await typeIntoTextarea(REASON, '执')
    await tap('确认补签')
    expect(screen.getByText('请填写补签原因（至少2个字）')).toBeTruthy()
    await typeIntoTextarea(REASON, ' 执行抢险任务 ')
    await tap('确认补签')
    expect(calls('makeup')).toEqual([{ action: 'makeup', activityId: 'a0k3z9x1q2', memberId: 'r3', reason: '执行抢险任务' }])
    expect(await screen.findByText('已为 孙强 补签')).toBeTruthy()
    expect(row('孙强').textContent).toBe('孙强11:00补签补签原因：执行抢险任务')
    expect(stat('出勤率')).toBe('100%出勤率')
    expect(screen.getByText('没有缺席的党员')).toBeTruthy()
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
