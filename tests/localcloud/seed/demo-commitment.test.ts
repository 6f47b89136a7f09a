// The commitment demo: 第一养护中心党支部's wall of 8 approved cards, 2 returned, 1 missing (何小军),
// department X tasks and a challenge with takers, self-checks of the last window — read back through the
// function, and the same after seeding twice.
import { seedDemo } from '@localcloud/seed'
import { DEMO_WALL_TOKEN, seedDemoCommitment } from '@localcloud/seed/demo-commitment'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { setNow } from '@tests/cloudfunctions/commitment/helpers'

// 2026-11-20 10:00 CST: the last window that has opened is Q3's (09-16 … 10-15).
const NOW = '2026-11-20T02:00:00Z'
let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
afterAll(() => tc.close())
beforeEach(async () => {
  setNow(NOW)
  await tc.reset()
  await seedDemo(tc.db, new Date())
})
afterEach(() => jest.useRealTimers())

const call = async (event: Record<string, unknown>, who = '') => {
  const r = await tc.call('commitment', event, who ? `demo:${who}` : '')
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.data
}

describe('the commitment demo', () => {
  it('the queue of 第一养护中心党支部: 8 approved, 2 returned, 1 missing; Q3 checks 5 accepted, 1 waiting, 1 returned, 1 missing', async () => {
    const q = await call({ action: 'reviewQueue', orgId: 'org-b1' }, 'm03')
    expect(q.year).toBe(2026)
    expect(q.counts).toEqual({ missing: 1, draft: 0, submitted: 0, returned: 2, approved: 8 })
    expect(q.rows[0]).toMatchObject({ name: '何小军', status: 'missing' })
    expect(q.window).toMatchObject({ quarter: 3 })
    expect(q.checkCounts).toEqual({ missing: 1, submitted: 1, accepted: 5, returned: 1 })
  })

  it('the public wall opens by the demo token without an account: 8 cards with X items and progress', async () => {
    const w = await call({ action: 'publicWall', token: DEMO_WALL_TOKEN })
    expect(w.cards).toHaveLength(8)
    const m07 = w.cards.find((c: any) => c.name === '赵永平')
    expect(m07.items.filter((x: any) => x.section === 'x').map((x: any) => x.what)).toEqual([
      '全年养护里程目标分解',
      '本月除雪物资盘点',
      '揭榜挂帅：隧道照明节能改造'
    ])
    expect(m07.progressQuarter).toBe(3)
    expect(w.cards.find((c: any) => c.name === '王建军').post).toBe('支部书记')
  })

  it('tasks of the year, the quarter and the month, and a challenge with 2 of 3 places taken', async () => {
    const { tasks } = await call({ action: 'listTasks', orgId: 'org-b1' }, 'm07')
    expect(tasks.map((t: any) => t.scope).sort()).toEqual(['month', 'quarter', 'year', 'year'])
    expect(tasks.find((t: any) => t.kind === 'challenge')).toMatchObject({ limit: 3, takers: ['m05', 'm07'] })
    expect((await call({ action: 'myCard' }, 'm09')).challenges).toHaveLength(1)
  })

  it('a returned card carries its reason and a comment on one item', async () => {
    const mine = await call({ action: 'myCard' }, 'm12')
    expect(mine.card).toMatchObject({
      status: 'returned',
      returnNote: { byName: '王建军', itemComments: { 'measures-1': expect.any(String) } }
    })
  })

  it('seeding twice leaves the same data', async () => {
    const count = async (c: string) => (await tc.db.collection(c).count()).total
    const before = await Promise.all(['commitmentCards', 'commitmentVersions', 'commitmentChecks', 'commitmentTasks'].map(count))
    await seedDemoCommitment(tc.db, new Date())
    expect(await Promise.all(['commitmentCards', 'commitmentVersions', 'commitmentChecks', 'commitmentTasks'].map(count))).toEqual(before)
    expect(before).toEqual([10, 10, 7, 4])
  })
})
