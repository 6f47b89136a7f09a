// The study subpackage in the weapp build: the home tile, my tasks, the report (a draft saved as the member
// types, the minimum lengths checked before sending, then filed) and the stats page.
import * as fs from 'node:fs'
import * as path from 'node:path'
import { answer, cloudData, committed, DIST, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember, whoSecretary } from '@tests/src/helpers/fixtures'
import { branchStats, myStudyResult, myTask, studyReport } from '@tests/src/helpers/studyFixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})
afterEach(() => {
  page?.unmount()
  page = null
})

describe('home → 我的学习 (weapp build)', () => {
  it('opens the study subpackage from the tile; the report form stays out of the main package', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.tap('我的学习')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/study/pages/my/index')
    const main = ['app.js', 'common.js', 'vendors.js']
      .map((f) => (fs.existsSync(path.join(DIST, f)) ? fs.readFileSync(path.join(DIST, f), 'utf8') : ''))
      .join('')
    expect(main).not.toContain('仍可提交，将标记为逾期提交')
    expect(fs.readFileSync(path.join(DIST, 'study/pages/report/index.js'), 'utf8').length).toBeGreaterThan(0)
  })
})

describe('我的学习 and 学习报告单 (weapp build)', () => {
  it('lists my tasks with their status', async () => {
    answer({ 'study.myStudy': () => ok(myStudyResult([myTask({ overdue: true })])) })
    page = mountPage('study/pages/my/index')
    await page.findText('2026年我的学习')
    await page.findText('已逾期')
    await page.findText('学习党章')
  })

  it('saves a draft once the member stops typing, refuses a short report, then files it', async () => {
    let rev = 0
    answer({
      'study.getTask': () => ok(myTask()),
      'study.saveReport': (d) => ok({ report: studyReport({ status: 'draft', rev: ++rev, ...d.text }) }),
      'study.fileReport': (d) => ok({ report: studyReport({ rev: d.rev + 1 }) })
    })
    page = mountPage('study/pages/report/index', { taskId: 'b1:2026:mar-1' })
    await page.findText('请学习党章总纲')
    await page.input('ao-field__area', '党章总纲部分', 0)
    await committed()
    await waitUntil(() => cloudData('saveReport').length === 1, 'saveReport', 4000)
    expect(cloudData('saveReport')[0]).toMatchObject({ taskId: 'b1:2026:mar-1', rev: 0, text: { studied: '党章总纲部分' } })
    await page.tap('提交学习报告')
    await page.findText('心得体会至少 20 个字（现有 0 个）')
    expect(cloudData('fileReport')).toEqual([])
    await page.input('ao-field__area', '深刻认识到党章是立党治党管党的总章程，要时时对照。', 1)
    await page.input('ao-field__area', '每周对照党章检查一次', 2)
    await committed()
    await page.tap('提交学习报告')
    await page.findText('已提交学习报告')
    expect(cloudData('fileReport')[0]).toMatchObject({ taskId: 'b1:2026:mar-1', rev: 1 })
  })
})

describe('学习统计 (weapp build)', () => {
  it('shows the branch, groups and members', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary(['b1'])), 'study.branchStats': () => ok(branchStats()) })
    page = mountPage('study/pages/stats/index')
    await page.findText('2026年学习统计')
    await page.findText('必学任务 1/2 · 完成率 50%')
  })
})
