// The care demo: 石永福's hardship flag is a to-do on the b1 secretary's care page and home; the records
// of 杨国栋 and 孙丽娟 read back through the care function; the same after seeding twice.
import { seedDemo } from '@localcloud/seed'
import { seedDemoCare } from '@localcloud/seed/demo-care'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'

let tc: TestCloud
const NOW = new Date()
beforeAll(async () => {
  tc = await startTestCloud()
  await seedDemo(tc.db, NOW)
})
afterAll(() => tc.close())

const call = async (fn: string, event: Record<string, unknown>, who: string) => {
  const r = await tc.call(fn, event, `demo:${who}`)
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

describe('the care demo', () => {
  it('石永福’s hardship is a to-do for 王建军, on the care page and on home', async () => {
    const { todos } = await call('care', { action: 'todo', orgId: 'org-b1' }, 'm03')
    expect(todos).toContainEqual(
      expect.objectContaining({ kind: 'hardship', memberId: 'm12', detail: '困难情况：家在定西，爱人住院，两个孩子上学' })
    )
    const who = await call('member', { action: 'whoami' }, 'm03')
    expect(who.careTodo[0].names).toEqual(expect.arrayContaining(['石永福', '李红梅']))
  })

  it('the records read back for the member and the committee', async () => {
    expect((await call('care', { action: 'records', memberId: 'm10' }, 'm10')).records).toEqual([
      expect.objectContaining({ kind: 'talk', occasionName: '工作岗位变动时', place: '养护站会议室' })
    ])
    expect((await call('care', { action: 'records', memberId: 'm08' }, 'm03')).records).toEqual([
      expect.objectContaining({ kind: 'visit', occasionName: '生病住院时' })
    ])
  })

  it('seeding twice leaves the same data', async () => {
    const read = async () => [
      (await tc.db.collection('careRecords').limit(100).get()).data,
      (await tc.db.collection('careFlags').limit(100).get()).data
    ]
    const before = await read()
    await seedDemoCare(tc.db, NOW)
    expect(await read()).toEqual(before)
  })
})
