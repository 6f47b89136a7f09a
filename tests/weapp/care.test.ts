// The care subpackage in the weapp build: the secretary's 同步关爱 page (to-dos and the branch's members)
// and a member's page, where the committee records a talk on an occasion of the committee's list; the
// staff's 谈话走访事项, where the committee's lists are edited.
import { answer, cloudData, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})
afterEach(() => {
  page?.unmount()
  page = null
})

describe('同步关爱 (weapp build)', () => {
  it('lists the to-dos and the members; a member opens their care page', async () => {
    answer({
      'member.whoami': () => ok(whoSecretary(['org-b1'])),
      'care.todo': () =>
        ok({
          weeks: 8,
          todos: [{ kind: 'hardship', memberId: 'm12', name: '石永福', detail: '困难情况：爱人住院' }],
          members: [
            { _id: 'm12', name: '石永福' },
            { _id: 'm13', name: '朱春燕' }
          ]
        })
    })
    page = mountPage('care/pages/todo/index', { orgId: 'org-b1' })
    await page.findText('生活困难，需走访')
    expect(cloudData('todo')).toEqual([{ action: 'todo', orgId: 'org-b1' }])
    await page.tap('朱春燕')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls.at(-1)[0].url).toBe('/care/pages/member/index?memberId=m13')
  })

  it('records a visit on an occasion of the list', async () => {
    const occasions = [
      { id: 'talk-post', kind: 'talk', name: '工作岗位变动时' },
      { id: 'visit-hardship', kind: 'visit', name: '家庭生活困难时' }
    ]
    answer({
      'care.records': () =>
        ok({
          memberName: '石永福',
          records: [],
          canRecord: true,
          occasions,
          canFlag: true,
          hardship: { note: '爱人住院', since: '2026-06-01T00:00:00.000Z' }
        }),
      'care.record': (d) =>
        ok({
          _id: 'r1',
          ...d,
          memberName: '石永福',
          orgId: 'org-b1',
          occasionName: '家庭生活困难时',
          byName: '王建军',
          at: '2026-06-08T00:00:00.000Z'
        })
    })
    page = mountPage('care/pages/member/index', { memberId: 'm12' })
    await page.findText('生活困难：爱人住院')
    await page.tap('五必访')
    await page.tap('家庭生活困难时')
    await page.input('ao-field__input', '石永福家中', 0)
    await page.input('ao-field__area', '送去慰问金', 0)
    await page.tap('保存记录')
    await waitUntil(() => cloudData('record').length === 1, 'record')
    expect(cloudData('record')[0]).toMatchObject({
      memberId: 'm12',
      kind: 'visit',
      occasionId: 'visit-hardship',
      place: '石永福家中',
      content: '送去慰问金'
    })
  })

  it('staff rename an occasion and save the list (谈话走访事项)', async () => {
    answer({
      'member.whoami': () => ok(whoStaff()),
      'care.occasions': () =>
        ok({
          occasions: [
            { id: 'talk-post', kind: 'talk', name: '工作岗位变动时' },
            { id: 'visit-ill', kind: 'visit', name: '生病住院时' }
          ],
          isDefault: false,
          committeeId: 'c1',
          noCheckinWeeks: 8
        }),
      'care.saveOccasions': (d) => ok({ occasions: d.occasions, noCheckinWeeks: d.noCheckinWeeks })
    })
    page = mountPage('care/pages/occasions/index')
    await page.findText('五必访')
    expect(cloudData('occasions')).toEqual([{ action: 'occasions', orgId: 'c1' }])
    await page.input('ao-field__input', '岗位调整时', 0)
    await page.tap('保存')
    await waitUntil(() => cloudData('saveOccasions').length === 1, 'saveOccasions')
    expect(cloudData('saveOccasions')[0].occasions).toEqual([
      { id: 'talk-post', kind: 'talk', name: '岗位调整时' },
      { id: 'visit-ill', kind: 'visit', name: '生病住院时' }
    ])
    expect(cloudData('saveOccasions')[0].noCheckinWeeks).toBe(8)
    await page.findText('已保存')
  })
})
