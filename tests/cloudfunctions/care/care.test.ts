// The care function through the real SDK on the seeded demo: occasion lists, records and who may read
// them, the hardship flag, and the secretary's to-dos from the triggers. 第一养护中心党支部 (org-b1): m03
// secretary, m04 deputy (a round 20th political birthday in 3 days), m05 committee member, m07/m08
// members; m14 secretary of 第二养护中心党支部 (org-b2, a published quarter with flags); m01 staff.
import { seedDemo } from '@localcloud/seed'
import { cstDate } from '@shared/core/time'
import { startTestCloud, type TestCloud } from '@tests/helpers/cloud'
import { as, expectOk } from '@tests/cloudfunctions/member/helpers'

let tc: TestCloud
beforeAll(async () => {
  tc = await startTestCloud()
})
beforeEach(() => tc.resetTo(() => seedDemo(tc.db, new Date()).then(() => undefined)))
afterAll(() => tc?.close())

const COLLECTIONS = ['careOccasions', 'careRecords', 'careFlags']
const call = (event: Record<string, unknown>, who: string) => tc.call('care', event, who ? as(who) : '')
const ok = async (event: Record<string, unknown>, who: string) => expectOk(await call(event, who))
const snapshot = async () => {
  const out: Record<string, unknown> = {}
  for (const c of COLLECTIONS) out[c] = (await tc.db.collection(c).limit(1000).get()).data
  return out
}
const refused = async (event: Record<string, unknown>, who: string, code: string) => {
  const before = await snapshot()
  const res = await call(event, who)
  expect(res).toMatchObject({ ok: false, code })
  expect(res.message).toMatch(/[\u4e00-\u9fa5]/)
  expect(await snapshot()).toEqual(before)
}
const visit = (patch: Record<string, unknown> = {}) => ({
  action: 'record',
  memberId: 'm07',
  kind: 'visit',
  occasionId: 'visit-hardship',
  date: cstDate(new Date()),
  place: '赵永平家中',
  content: '了解家庭困难情况，送去慰问金',
  followUp: '下月再访',
  ...patch
})

describe('occasions', () => {
  it('the defaults until staff save the committee’s own; members may not edit them', async () => {
    expect(await ok({ action: 'occasions', orgId: 'org-b1' }, 'm03')).toMatchObject({ isDefault: true })
    const list = [
      { id: 'talk-a', kind: 'talk', name: '思想波动时' },
      { id: 'visit-a', kind: 'visit', name: '生病住院时' }
    ]
    await ok({ action: 'saveOccasions', occasions: list }, 'm01')
    expect(await ok({ action: 'occasions', orgId: 'org-b1' }, 'm05')).toMatchObject({ isDefault: false, occasions: list })
    await refused({ action: 'saveOccasions', occasions: list }, 'm03', 'FORBIDDEN')
    await refused({ action: 'saveOccasions', occasions: [list[0]] }, 'm01', 'INVALID_INPUT')
    await refused({ action: 'occasions', orgId: 'org-b1' }, 'm07', 'FORBIDDEN')
  })

  it('staff set the weeks without a check-in that raise a to-do (2–26, default 8); a save without them keeps them', async () => {
    const list = [
      { id: 'talk-a', kind: 'talk', name: '思想波动时' },
      { id: 'visit-a', kind: 'visit', name: '生病住院时' }
    ]
    expect((await ok({ action: 'occasions', orgId: 'org-b1' }, 'm03')).noCheckinWeeks).toBe(8)
    for (const bad of [1, 27, 4.5, '4']) {
      await refused({ action: 'saveOccasions', occasions: list, noCheckinWeeks: bad }, 'm01', 'INVALID_INPUT')
    }
    expect(await ok({ action: 'saveOccasions', occasions: list, noCheckinWeeks: 4 }, 'm01')).toEqual({ occasions: list, noCheckinWeeks: 4 })
    expect((await ok({ action: 'saveOccasions', occasions: list }, 'm01')).noCheckinWeeks).toBe(4)
    expect((await ok({ action: 'occasions', orgId: 'org-b1' }, 'm05')).noCheckinWeeks).toBe(4)
  })
})

describe('records', () => {
  it('the branch committee records; the member, the committee and staff read; peers and other branches learn nothing', async () => {
    const r = await ok(visit(), 'm05')
    expect(r).toMatchObject({ memberName: '赵永平', occasionName: '家庭生活困难时', kind: 'visit', byName: expect.any(String) })
    for (const who of ['m07', 'm03', 'm04', 'm01']) expect((await ok({ action: 'records', memberId: 'm07' }, who)).records).toHaveLength(1)
    for (const who of ['m08', 'm14', 'm06']) await refused({ action: 'records', memberId: 'm07' }, who, 'NOT_FOUND')
  })

  it.each([
    ['a member', visit(), 'm08', 'NOT_FOUND'],
    ['another branch’s secretary', visit(), 'm14', 'NOT_FOUND'],
    ['about oneself', visit({ memberId: 'm05' }), 'm05', 'FORBIDDEN'],
    ['an unknown member', visit({ memberId: 'm99' }), 'm03', 'NOT_FOUND'],
    ['an occasion of the other kind', visit({ occasionId: 'talk-thought' }), 'm03', 'UNKNOWN_OCCASION'],
    ['a date in the future', visit({ date: '2999-01-01' }), 'm03', 'INVALID_INPUT'],
    ['no content', visit({ content: '' }), 'm03', 'INVALID_INPUT'],
    ['content over 1000', visit({ content: '字'.repeat(1001) }), 'm03', 'INVALID_INPUT'],
    ['nobody signed in', visit(), '', 'UNAUTHENTICATED']
  ])('refuses %s', async (_, event, who, code) => {
    await refused(event, who, code)
  })
})

describe('what the member page gets with the records', () => {
  it.each([
    ['the secretary', 'm03', { canRecord: true, canFlag: true }],
    ['a committee member', 'm05', { canRecord: true, canFlag: false }],
    ['the member', 'm07', { canRecord: false, canFlag: false, occasions: [], hardship: null }],
    ['committee staff', 'm01', { canRecord: false, canFlag: false, occasions: [], hardship: null }]
  ])('%s', async (_, who, want) => {
    await ok({ action: 'setHardship', memberId: 'm07', hardship: true, note: '爱人住院' }, 'm03')
    const r = await ok({ action: 'records', memberId: 'm07' }, who)
    expect(r).toMatchObject({ memberName: '赵永平', ...want })
    if (r.canRecord) expect(r.occasions).toHaveLength(11)
    if (who === 'm03' || who === 'm05') expect(r.hardship).toMatchObject({ note: '爱人住院' })
  })
})

describe('to-dos from triggers', () => {
  it('a round political birthday this month on the b1 secretary’s list; only the secretary asks', async () => {
    const { todos, weeks, members } = await ok({ action: 'todo', orgId: 'org-b1' }, 'm03')
    expect(weeks).toBe(8)
    expect(members.map((m: any) => m._id).sort()).toEqual(['m04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13'])
    expect(todos).toContainEqual(
      expect.objectContaining({ kind: 'roundBirthday', memberId: 'm04', detail: expect.stringContaining('入党 20 周年') })
    )
    await refused({ action: 'todo', orgId: 'org-b1' }, 'm04', 'FORBIDDEN')
    await refused({ action: 'todo', orgId: 'org-b1' }, 'm14', 'FORBIDDEN')
  })

  it('yellow flags and below of the published quarter ask for a talk until one is recorded', async () => {
    const { todos } = await ok({ action: 'todo', orgId: 'org-b2' }, 'm14')
    const low = todos.filter((t: any) => t.kind === 'lowFlag')
    expect(low.length).toBeGreaterThan(0)
    // 郭亮 (m17, yellow): the assessment's talk with him is recorded (the seeded quarter): that is the talk.
    expect(low.map((t: any) => t.memberId)).not.toContain('m17')
    const target = low[0].memberId
    await ok(
      {
        action: 'record',
        memberId: target,
        kind: 'talk',
        occasionId: 'talk-flag',
        date: cstDate(new Date()),
        place: '支部办公室',
        content: '谈评议结果与改进',
        followUp: null
      },
      'm14'
    )
    const after = (await ok({ action: 'todo', orgId: 'org-b2' }, 'm14')).todos
    expect(after.filter((t: any) => t.kind === 'lowFlag' && t.memberId === target)).toEqual([])
  })

  it('no check-in for the committee’s weeks: 孙丽娟, last seen 5 weeks ago, is named at 4 weeks, not at the default 8', async () => {
    const checkins = tc.db.collection('checkins')
    await checkins.where({ memberId: 'm08' }).remove()
    await checkins.add({
      data: { _id: 'c-m08-5w', memberId: 'm08', activityId: 'a-old', checkedInAt: new Date(Date.now() - 35 * 86_400_000) }
    })
    const named = async () => {
      const r = await ok({ action: 'todo', orgId: 'org-b1' }, 'm03')
      return { weeks: r.weeks, m08: r.todos.some((t: any) => t.kind === 'noCheckin' && t.memberId === 'm08') }
    }
    expect(await named()).toEqual({ weeks: 8, m08: false })
    await ok(
      {
        action: 'saveOccasions',
        occasions: [
          { id: 't', kind: 'talk', name: '谈' },
          { id: 'v', kind: 'visit', name: '访' }
        ],
        noCheckinWeeks: 4
      },
      'm01'
    )
    expect(await named()).toEqual({ weeks: 4, m08: true })
  })

  it('a Party-spirit analysis returned (返单) asks for a talk until one is recorded after the verdict', async () => {
    // 石永福 (m12): the quarter's analysis was returned yesterday in the demo (study).
    const returned = async () =>
      (await ok({ action: 'todo', orgId: 'org-b1' }, 'm03')).todos.filter((t: any) => t.kind === 'analysisReturned')
    expect((await returned()).map((t: any) => [t.memberId, t.detail])).toEqual([
      ['m12', expect.stringMatching(/^\d{4}年第[1-4]季度党性分析已返单：原因分析不够具体/)]
    ])
    await ok(
      visit({ memberId: 'm12', kind: 'talk', occasionId: 'talk-thought', place: '支部办公室', content: '谈党性分析的问题查找' }),
      'm05'
    )
    expect(await returned()).toEqual([])
  })

  it('hardship: set by the secretary (not the deputy), a to-do until a visit is recorded; unset removes it', async () => {
    await refused({ action: 'setHardship', memberId: 'm07', hardship: true, note: '爱人住院' }, 'm04', 'FORBIDDEN')
    await ok({ action: 'setHardship', memberId: 'm07', hardship: true, note: '爱人住院' }, 'm03')
    const has = async () =>
      (await ok({ action: 'todo', orgId: 'org-b1' }, 'm03')).todos.some((t: any) => t.kind === 'hardship' && t.memberId === 'm07')
    expect(await has()).toBe(true)
    await ok(visit(), 'm05')
    expect(await has()).toBe(false)
    const flagged = async (m: string) =>
      (await ok({ action: 'todo', orgId: 'org-b1' }, 'm03')).todos.some((t: any) => t.kind === 'hardship' && t.memberId === m)
    await ok({ action: 'setHardship', memberId: 'm08', hardship: true, note: null }, 'm03')
    expect(await flagged('m08')).toBe(true)
    await ok({ action: 'setHardship', memberId: 'm08', hardship: false, note: null }, 'm03')
    expect(await flagged('m08')).toBe(false)
  })
})
