// The committee's side of the study subpackage in the weapp build: the staff's home tiles, 党委学习计划 (an
// item's reach, 下发到各支部 behind a confirm, the branches reached) and 各支部学习统计 (a bar per branch; a tap
// opens that branch's 学习统计).
import { answer, cloudData, committed, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoStaff } from '@tests/src/helpers/fixtures'
import { committeeStats, planItem, studyPlan } from '@tests/src/helpers/studyFixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})
afterEach(() => {
  page?.unmount()
  page = null
})

describe('home → the committee’s study pages (weapp build)', () => {
  it.each([
    ['党委学习计划', '/study/pages/plan/index?scope=committee'],
    ['各支部学习统计', '/study/pages/committeeStats/index']
  ])('staff open %s from its tile', async (tile, url) => {
    answer({ 'member.whoami': () => ok(whoStaff()) })
    page = mountPage('pages/home/index')
    await page.tap(tile)
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe(url)
  })
})

describe('党委学习计划 (weapp build)', () => {
  it('shows an item not pushed yet, asks, pushes it and shows the branches reached', async () => {
    let pushed = false
    answer({
      'member.whoami': () => ok(whoStaff()),
      'study.getPlan': () =>
        ok({
          plan: { ...studyPlan([planItem({ id: 'k2', month: 5, content: '学习全会精神' })]), _id: 'c1:2026', orgId: 'c1' },
          tasks: [],
          canEdit: true,
          groups: [],
          studyActivities: [],
          committeePush: { branches: 4, items: { k2: pushed ? { reached: 4, current: 4 } : { reached: 0, current: 0 } } }
        }),
      'study.pushPlanItem': () => {
        pushed = true
        return ok({ branches: 4 })
      }
    })
    page = mountPage('study/pages/plan/index', { scope: 'committee' })
    await page.findText('未下发')
    await page.tap('下发到各支部')
    await committed()
    expect(cloudData('pushPlanItem')).toEqual([])
    await page.tap('确认下发')
    await page.findText('已下发到 4 个支部')
    expect(cloudData('pushPlanItem')[0]).toMatchObject({ committeeId: 'c1', year: 2026, itemId: 'k2' })
    await page.findText('已下发 4/4 个支部')
  })
})

describe('各支部学习统计 (weapp build)', () => {
  it('shows a bar per branch and opens a branch’s 学习统计 on a tap', async () => {
    answer({ 'member.whoami': () => ok(whoStaff()), 'study.committeeStats': () => ok(committeeStats()) })
    page = mountPage('study/pages/committeeStats/index')
    await page.findText('2026年各支部学习统计')
    expect(cloudData('committeeStats')[0]).toMatchObject({ committeeId: 'c1' })
    await page.findText('党性分析：未提交 5 · 待小组评议 2 · 合格 4')
    await page.tap('第二养护站党支部（8 人）')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/study/pages/stats/index?orgId=b2')
  })
})
