// The branch's stats in one call (hours and completion per member, group, branch), its xlsx export, who may read them.
import readXlsxFile from 'read-excel-file/node'
import { expectFail, filed, item, P, pushed, setNow, useStudyCloud } from './helpers'

const cloud = useStudyCloud()

describe('branchStats', () => {
  it('counts accepted reports as hours and completion; a missed deadline counts as due', async () => {
    const t1 = await pushed(cloud, [item('a', { hours: 2 }), item('b', { hours: 1.5, audience: { kind: 'group', groupId: 'org-b1-g2' } })])
    const { task: t2 } = await cloud.ok(
      {
        action: 'pushTask',
        orgId: 'org-b1',
        year: 2026,
        itemId: 'b',
        material: { kind: 'link', text: '', url: 'https://www.12371.cn/' },
        deadline: '2026-03-25'
      },
      P.b1Secretary
    )
    for (const [task, who] of [
      [t1, 'm07'],
      [t1, 'm08'],
      [t2, 'm08']
    ] as const) {
      const r = await filed(cloud, task._id, who)
      await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, P.b1Secretary)
    }
    await filed(cloud, t1._id, 'm09')
    setNow('2026-04-01T02:00:00Z')
    const s = await cloud.ok({ action: 'branchStats', orgId: 'org-b1' }, P.b1Secretary)
    expect(s).toMatchObject({ orgId: 'org-b1', orgName: '第一养护中心党支部', year: 2026, asOf: '2026-04-01' })
    const m = (id: string) => s.members.find((x: any) => x.id === id)
    expect(m('m07')).toMatchObject({ hours: 2, requiredDue: 1, requiredDone: 1, completion: 1, groupId: 'org-b1-g1' })
    expect(m('m08')).toMatchObject({ hours: 3.5, requiredDue: 2, requiredDone: 2, completion: 1 })
    expect(m('m09')).toMatchObject({ hours: 0, requiredDue: 1, requiredDone: 0, completion: 0 })
    expect(m('m12')).toMatchObject({ hours: 0, requiredDue: 2, requiredDone: 0 })
    expect(s.groups.map((g: any) => [g.id, g.members, g.hours, g.requiredDue, g.requiredDone])).toEqual([
      ['org-b1-g1', 6, 2, 6, 1],
      ['org-b1-g2', 5, 3.5, 10, 2]
    ])
    expect(s.branch).toMatchObject({ members: 11, hours: 5.5, requiredDue: 16, requiredDone: 3 })
    // Nothing private in the stats: no report text.
    expect(JSON.stringify(s)).not.toContain('二十大')
  })

  it.each([
    ['the deputy', P.b1Deputy, true],
    ['committee staff', P.staff, true],
    ['a group leader', P.b1G2Leader, false],
    ['a member', P.b1Member, false],
    ['another branch’s secretary', P.b2Secretary, false]
  ])('%s may read them: %p', async (_l, who, ok) => {
    const r = await cloud.call({ action: 'branchStats', orgId: 'org-b1' }, who)
    if (ok) expect(r.ok).toBe(true)
    else expectFail(r, 'FORBIDDEN')
  })

  it('refuses bad input', async () => {
    expectFail(await cloud.call({ action: 'branchStats', orgId: 'org-nope' }, P.b1Secretary), 'NOT_FOUND')
    expectFail(await cloud.call({ action: 'branchStats', orgId: 'org-b1', year: 1999 }, P.b1Secretary), 'INVALID_INPUT')
    expectFail(await cloud.call({ action: 'branchStats', orgId: 'org-b1', x: 1 }, P.b1Secretary), 'INVALID_INPUT')
  })
})

describe('exportStats', () => {
  it('one sheet: the branch, its groups, then every member', async () => {
    const t = await pushed(cloud)
    const r = await filed(cloud, t._id, 'm07')
    await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'accept' }, P.b1Secretary)
    const x = await cloud.ok({ action: 'exportStats', orgId: 'org-b1' }, P.b1Secretary)
    expect(x).toMatchObject({ fileName: '第一养护中心党支部2026年学习统计.xlsx', rowCount: 1 + 2 + 11 })
    const [sheet, ...others] = await readXlsxFile(Buffer.from(x.base64, 'base64'))
    expect(others).toEqual([])
    expect(sheet.sheet).toBe('2026年学习统计')
    const rows = sheet.data
    expect(rows[0]).toEqual(['类别', '名称', '人数', '学时', '应完成必学任务', '已完成', '完成率'])
    expect(rows[1]).toEqual(['支部', '第一养护中心党支部', 11, 2, 1, 1, '100%'])
    expect(rows).toHaveLength(15)
    expect(x.bytes).toBe(Buffer.from(x.base64, 'base64').length)
    expectFail(await cloud.call({ action: 'exportStats', orgId: 'org-b1' }, P.b1Member), 'FORBIDDEN')
  })
})
