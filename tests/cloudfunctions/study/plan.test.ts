// The plan (read, save, the committee's push) and pushing a plan item to members as a task.
import { expectFail, expectOk, item, P, pushed, useStudyCloud } from './helpers'

const cloud = useStudyCloud()

describe('savePlan / getPlan', () => {
  it('the secretary saves monthly items; a member of the branch reads them; rev guards the save', async () => {
    const items = [
      item('jan-1', { month: 1 }),
      item('mar-1', { audience: { kind: 'group', groupId: 'org-b1-g2' }, required: false, hours: 1.5 })
    ]
    const { plan } = await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items, rev: 0 }, P.b1Secretary)
    expect(plan).toMatchObject({ _id: 'org-b1:2026', rev: 1, updatedBy: 'm03' })
    expect(plan.items.map((x: any) => x.id)).toEqual(['jan-1', 'mar-1'])
    const read = await cloud.ok({ action: 'getPlan', orgId: 'org-b1', year: 2026 }, P.b1Member)
    expect(read).toMatchObject({ plan: { rev: 1 }, canEdit: false })
    await cloud.refused({ action: 'savePlan', orgId: 'org-b1', year: 2026, items, rev: 0 }, P.b1Deputy, 'CONFLICT')
    expectOk(await cloud.call({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [], rev: 1 }, P.b1Deputy))
  })

  it('an empty plan reads as rev 0 with no items', async () => {
    expect(await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Secretary)).toEqual({
      plan: { _id: 'org-b1:2026', orgId: 'org-b1', year: 2026, items: [], rev: 0, updatedAt: null, updatedBy: null },
      tasks: [],
      canEdit: true,
      groups: [
        { id: 'org-b1-g1', name: '路面养护党小组' },
        { id: 'org-b1-g2', name: '桥隧养护党小组' }
      ],
      studyActivities: []
    })
  })

  it('offers the branch committee its 集中学习 activities ended at most 30 days ago, soonest first; a member none', async () => {
    // Today is 2026-03-20 (CST).
    const add = (_id: string, type: string, orgId: string, start: string, end: string) =>
      cloud.tc.db.collection('activities').add({
        data: { _id, type, orgId, title: `集中学习 ${_id}`, startAt: new Date(start), endAt: new Date(end) }
      })
    await add('astudylate', 'study', 'org-b1', '2026-03-25T07:00:00Z', '2026-03-25T09:00:00Z')
    await add('astudyfeb1', 'study', 'org-b1', '2026-02-17T07:00:00Z', '2026-02-17T09:00:00Z') // ended 31 days ago
    await add('astudymar1', 'study', 'org-b1', '2026-02-28T17:00:00Z', '2026-02-28T19:00:00Z') // 03-01 in CST
    await add('ameeting01', 'branchMeeting', 'org-b1', '2026-03-22T07:00:00Z', '2026-03-22T09:00:00Z')
    await add('astudyb201', 'study', 'org-b2', '2026-03-22T07:00:00Z', '2026-03-22T09:00:00Z')
    const { studyActivities } = await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Secretary)
    expect(studyActivities).toEqual([
      { _id: 'astudymar1', title: '集中学习 astudymar1', date: '2026-03-01' },
      { _id: 'astudylate', title: '集中学习 astudylate', date: '2026-03-25' }
    ])
    expect((await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Member)).studyActivities).toEqual([])
    expect((await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.staff)).studyActivities).toEqual([])
  })

  it.each([
    ['the deputy', P.b1Deputy, true],
    ['a committee member', P.b1CommitteeAndG1Leader, true],
    ['a group leader only', P.b1G2Leader, false],
    ['a member', P.b1Member, false],
    ['another branch’s secretary', P.b2Secretary, false],
    ['committee staff', P.staff, false]
  ])('%s may save the branch plan: %p', async (_l, who, ok) => {
    const ev = { action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('a')], rev: 0 }
    if (ok) expectOk(await cloud.call(ev, who))
    else await cloud.refused(ev, who, 'FORBIDDEN')
  })

  it.each([
    ['another branch’s member', 'm17', false],
    ['committee staff', P.staff, true],
    ['a rider of the platform branch', P.riderPlatform, false],
    ['the g2 leader', P.b1G2Leader, true]
  ])('%s may read the plan: %p', async (_l, who, ok) => {
    const r = await cloud.call({ action: 'getPlan', orgId: 'org-b1' }, who)
    if (ok) expectOk(r)
    else expectFail(r, 'FORBIDDEN')
  })

  it.each([
    ['a duplicate id', [item('a'), item('a')]],
    ['hours not in half hours', [item('a', { hours: 1.25 })]],
    ['hours 0', [item('a', { hours: 0 })]],
    ['month 13', [item('a', { month: 13 })]],
    ['another branch’s group', [item('a', { audience: { kind: 'group', groupId: 'org-b2-g1' } })]],
    ['an unknown audience', [item('a', { audience: { kind: 'everyone' as any } })]],
    ['an upper-case id', [item('A')]],
    ['empty content', [item('a', { content: ' ' })]]
  ])('refuses %s (INVALID_INPUT)', async (_l, items) => {
    await cloud.refused({ action: 'savePlan', orgId: 'org-b1', year: 2026, items, rev: 0 }, P.b1Secretary, 'INVALID_INPUT')
  })

  it('refuses risky content (content security) and writes nothing', async () => {
    const r = await cloud.call(
      { action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('a', { content: '赌博网站推广' })], rev: 0 },
      P.b1Secretary
    )
    expect(r.ok).toBe(false)
    expect(['CONTENT_RISKY', 'CONTENT_CHECK_FAILED']).toContain(r.code)
    expect(await cloud.all('studyPlans')).toEqual([])
  })
})

describe('pushPlanItem (the committee to all its branches)', () => {
  it('staff push an item of the committee plan to every branch; a branch cannot change or drop it', async () => {
    await cloud.ok(
      { action: 'savePlan', orgId: 'org-committee', year: 2026, items: [item('k1', { month: 4, content: '党纪学习教育' })], rev: 0 },
      P.staff
    )
    const { branches } = await cloud.ok({ action: 'pushPlanItem', committeeId: 'org-committee', year: 2026, itemId: 'k1' }, P.staff)
    expect(branches).toBe(4)
    const b1 = await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Secretary)
    expect(b1.plan.items).toEqual([{ ...item('k1', { month: 4, content: '党纪学习教育' }), id: 'c-k1', fromCommittee: 'org-committee' }])
    // The branch adds its own item and sends the committee's changed: it stays as pushed.
    const sent = [item('own'), { ...b1.plan.items[0], hours: 9 }]
    const { plan } = await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: sent, rev: b1.plan.rev }, P.b1Secretary)
    expect(plan.items.map((x: any) => [x.id, x.hours])).toEqual([
      ['own', 2],
      ['c-k1', 2]
    ])
    // Pushing again is idempotent (replaces, never duplicates).
    await cloud.ok({ action: 'pushPlanItem', committeeId: 'org-committee', year: 2026, itemId: 'k1' }, P.staff)
    expect((await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Secretary)).plan.items).toHaveLength(2)
  })

  it.each([
    ['a branch secretary', P.b1Secretary, 'org-committee', 'k1', 'FORBIDDEN'],
    ['an item not in the plan', P.staff, 'org-committee', 'nope', 'NOT_FOUND'],
    ['a branch as committee', P.staff, 'org-b1', 'k1', 'INVALID_INPUT'],
    ['an unknown committee', P.staff, 'org-nope', 'k1', 'NOT_FOUND']
  ])('refuses %s', async (_l, who, committeeId, itemId, code) => {
    await cloud.ok({ action: 'savePlan', orgId: 'org-committee', year: 2026, items: [item('k1')], rev: 0 }, P.staff)
    await cloud.refused({ action: 'pushPlanItem', committeeId, year: 2026, itemId }, who, code)
  })
})

describe('pushTask', () => {
  it('pushes a plan item to its audience (snapshot), once', async () => {
    const task = await pushed(cloud)
    expect(task).toMatchObject({ _id: 'org-b1:2026:mar-1', origin: 'plan', hours: 2, required: true, deadline: '2026-03-31' })
    expect(task.memberIds).toEqual(['m03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm13'])
    await cloud.refused(
      {
        action: 'pushTask',
        orgId: 'org-b1',
        year: 2026,
        itemId: 'mar-1',
        material: { kind: 'text', text: '再来' },
        deadline: '2026-03-31'
      },
      P.b1Secretary,
      'CONFLICT'
    )
    // A member reads it in getPlan without the list of who else has it.
    const plan = await cloud.ok({ action: 'getPlan', orgId: 'org-b1' }, P.b1Member)
    expect(plan.tasks[0].memberIds).toEqual([])
  })

  it.each([
    [{ kind: 'group', groupId: 'org-b1-g2' }, ['m04', 'm06', 'm08', 'm11', 'm12']],
    [{ kind: 'dispatched' }, ['m10', 'm11', 'm12']]
  ])('audience %j → %j', async (audience, ids) => {
    const task = await pushed(cloud, [item('x', { audience: audience as any })])
    expect(task.memberIds).toEqual(ids)
  })

  it('a gig audience with no gig member in the branch is refused', async () => {
    await cloud.ok(
      { action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('g', { audience: { kind: 'gig' } })], rev: 0 },
      P.b1Secretary
    )
    await cloud.refused(
      { action: 'pushTask', orgId: 'org-b1', year: 2026, itemId: 'g', material: { kind: 'text', text: '材料' }, deadline: '2026-03-31' },
      P.b1Secretary,
      'INVALID_INPUT'
    )
  })

  it('a collective-study activity of the branch may be the material; another type or branch may not', async () => {
    await cloud.tc.db.collection('activities').add({ data: { _id: 'astudy0001', type: 'study', orgId: 'org-b1', title: '集中学习' } })
    await cloud.tc.db
      .collection('activities')
      .add({ data: { _id: 'ameet00001', type: 'branchMeeting', orgId: 'org-b1', title: '支部大会' } })
    await cloud.tc.db.collection('activities').add({ data: { _id: 'astudyb201', type: 'study', orgId: 'org-b2', title: '集中学习' } })
    await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('a'), item('b'), item('c')], rev: 0 }, P.b1Secretary)
    const ev = (itemId: string, activityId: string) => ({
      action: 'pushTask',
      orgId: 'org-b1',
      year: 2026,
      itemId,
      material: { kind: 'activity', text: '', activityId },
      deadline: '2026-03-31'
    })
    await cloud.refused(ev('b', 'ameet00001'), P.b1Secretary, 'INVALID_INPUT')
    await cloud.refused(ev('c', 'astudyb201'), P.b1Secretary, 'NOT_FOUND')
    expect((await cloud.ok(ev('a', 'astudy0001'), P.b1Secretary)).task.material).toEqual({
      kind: 'activity',
      text: '',
      activityId: 'astudy0001'
    })
  })

  it.each([
    ['a member', P.b1Member, {}, 'FORBIDDEN'],
    ['a group leader', P.b1G2Leader, {}, 'FORBIDDEN'],
    ['staff', P.staff, {}, 'FORBIDDEN'],
    ['another branch', P.b2Secretary, {}, 'FORBIDDEN'],
    ['a deadline in the past', P.b1Secretary, { deadline: '2026-03-19' }, 'INVALID_INPUT'],
    ['a bad date', P.b1Secretary, { deadline: '2026-02-30' }, 'INVALID_INPUT'],
    ['an item not in the plan', P.b1Secretary, { itemId: 'nope' }, 'NOT_FOUND'],
    ['a link without url', P.b1Secretary, { material: { kind: 'link', text: '' } }, 'INVALID_INPUT'],
    ['an http link', P.b1Secretary, { material: { kind: 'link', text: '', url: 'http://x.cn' } }, 'INVALID_INPUT'],
    ['a text task without text', P.b1Secretary, { material: { kind: 'text', text: '' } }, 'INVALID_INPUT'],
    ['an activity without id', P.b1Secretary, { material: { kind: 'activity', text: '' } }, 'INVALID_INPUT'],
    ['a url on a text task', P.b1Secretary, { material: { kind: 'text', text: 'x', url: 'https://x.cn' } }, 'INVALID_INPUT'],
    ['an unknown field', P.b1Secretary, { extra: 1 }, 'INVALID_INPUT']
  ])('refuses %s', async (_l, who, patch, code) => {
    await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items: [item('mar-1')], rev: 0 }, P.b1Secretary)
    const ev = {
      action: 'pushTask',
      orgId: 'org-b1',
      year: 2026,
      itemId: 'mar-1',
      material: { kind: 'text', text: '材料' },
      deadline: '2026-03-31',
      ...patch
    }
    await cloud.refused(ev, who, code)
  })
})
