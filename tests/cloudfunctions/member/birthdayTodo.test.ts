// whoami's political-birthday to-dos (one call): a greeting to open; for a secretary, birthdays this week.
import { addDaysYmd, cstDate } from '@shared/core/time'
import { useBirthdayCloud } from '@tests/cloudfunctions/birthday/helpers'
import { as, expectOk } from './helpers'

const cloud = useBirthdayCloud()
const whoami = async (m: string) => expectOk(await cloud.tc.call('member', { action: 'whoami' }, as(m)))
const yearsAgo = (days: number, years: number) => {
  const d = addDaysYmd(cstDate(new Date()), days)
  return `${Number(d.slice(0, 4)) - years}${d.slice(4) === '-02-29' ? '-02-28' : d.slice(4)}`
}

describe('whoami birthdayTodo', () => {
  it('shows an unopened greeting until the member opens it', async () => {
    await cloud.setJoined('m07', yearsAgo(0, 12))
    await cloud.fire(new Date())
    const [g] = (await cloud.all('birthdayGreetings', { memberId: 'm07' })) as any[]
    expect((await whoami('m07')).birthdayTodo).toEqual([{ kind: 'openGreeting', greetingId: g._id, date: g.date, years: 12 }])
    expectOk(await cloud.call({ action: 'openGreeting', greetingId: g._id }, 'm07'))
    expect((await whoami('m07')).birthdayTodo).toEqual([])
  })

  it('tells a secretary how many of their members have a birthday in the next 7 days', async () => {
    await cloud.setJoined('m08', yearsAgo(2, 5))
    await cloud.setJoined('m10', yearsAgo(6, 9)) // dispatched: greeted (and counted) by org-b1
    await cloud.setJoined('m09', yearsAgo(7, 9)) // the eighth day: not this week
    expect((await whoami('m03')).birthdayTodo).toEqual([
      { kind: 'birthdaysThisWeek', orgId: 'org-b1', orgName: '第一养护中心党支部', count: 2, names: ['孙丽娟', '杨国栋'] }
    ])
    expect((await whoami('m32')).birthdayTodo).toEqual([]) // the home org's secretary: greeted elsewhere
    expect((await whoami('m04')).birthdayTodo).toEqual([]) // a deputy: not on their list
  })
})
