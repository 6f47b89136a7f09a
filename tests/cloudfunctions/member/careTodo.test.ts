// whoami's care line (cloudfunctions/member/careTodo.ts over lib/care.ts) on the seeded demo: the b1
// secretary's line names the members the care triggers name, and changes with a hardship flag; a member
// without a secretary role gets none.
import { as, expectOk, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const whoami = async (who: string) => expectOk(await cloud.call({ action: 'whoami' }, as(who)))

describe('whoami careTodo', () => {
  it('counts the members the triggers name for the secretary’s org, and follows a hardship flag', async () => {
    const named = async () => {
      const r = await cloud.tc.call('care', { action: 'todo', orgId: 'org-b1' }, as('m03'))
      return new Set<string>(expectOk(r).todos.map((t: any) => t.memberId))
    }
    const before = (await whoami('m03')).careTodo
    const full = await named()
    expect(before).toEqual([expect.objectContaining({ orgId: 'org-b1', orgName: '第一养护中心党支部', count: full.size })])
    expect(before[0].names).toContain('李红梅') // m04: a round 20th political birthday in 3 days
    // A member nobody named yet, flagged: one more.
    const quiet = ['m07', 'm08', 'm09', 'm12', 'm13'].find((m) => !full.has(m)) as string
    expect(quiet).toBeDefined()
    expectOk(await cloud.tc.call('care', { action: 'setHardship', memberId: quiet, hardship: true, note: null }, as('m03')))
    expect((await whoami('m03')).careTodo[0].count).toBe(full.size + 1)
  })

  it('none for a member without a secretary role', async () => {
    expect((await whoami('m07')).careTodo).toEqual([])
  })
})
