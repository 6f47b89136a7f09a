// Assessment pages of the packageOrg subpackage in the weapp build: periods list, the period desk
// (progress, masses codes as plain text: no QR in weapp), export through the file system and the
// document viewer, the overview chart, the rubric editor's sums; issue 10: the organisation's form after a
// close, the masses codes sheet, the period form's pickers, the rubric editor's folding and jump.
import { answer, cloudData, committed, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { deskPeriod as period, deskRubric as rubric, orgTargets, progress, results } from '@tests/src/helpers/assessFixtures'

let wx: Wx
let page: MountedPage | null = null
const writeFile = jest.fn((o: any) => o.success?.({ errMsg: 'writeFile:ok' }))
const openDocument = jest.fn((o: any) => o.success?.({ errMsg: 'openDocument:ok' }))
const pageScrollTo = jest.fn((o: any) => o.success?.({ errMsg: 'pageScrollTo:ok' }))
setUpApp(
  (w) => {
    wx = w
  },
  () => {
    // Taro copies wx.env and wraps the wx APIs when the app loads: provide them first.
    const g = global as any
    require('miniprogram-simulate')
    Object.assign(g.wx, {
      env: { USER_DATA_PATH: 'wxfile://usr' },
      getFileSystemManager: () => ({ writeFile }),
      openDocument,
      pageScrollTo
    })
  }
)

const deskScript = (p = period()) => ({
  'member.whoami': () => ok(whoSecretary()),
  // One call opens the desk: the results once computed, objections and talks once published.
  'assessment.getPeriod': () => {
    const computed = p.status === 'published' || (p.status === 'closed' && !!p.computedAt)
    const published = p.status === 'published'
    return ok({
      period: p,
      rubric: rubric(),
      progress,
      canManage: true,
      massesCodesIssued: 0,
      results: computed ? results : null,
      averages: computed ? [] : null,
      objections: published ? [] : null,
      talks: published ? [] : null
    })
  },
  'assessment.listObjections': () => ok({ objections: [] }),
  'assessment.listTalks': () => ok({ talks: [] })
})

describe('assessment pages (weapp build)', () => {
  it('lists the periods and opens the desk of one', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary()), 'assessment.listPeriods': () => ok({ periods: [period()] }) })
    page = mountPage('assessment/pages/periods/index')
    await page.findText('2026年第四季度')
    expect(page.text()).toContain('开启新一期考评')
    await page.tap('2026年第四季度')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls.at(-1)[0].url).toBe('/assessment/pages/period/index?periodId=p1')
  })

  it('reads the period from the query, shows progress and issues masses codes as plain text', async () => {
    answer({ ...deskScript(), 'assessment.issueMassesCodes': () => ok({ codes: ['K7M2Q9XA'], expiresAt: '2027-01-07T10:00:00.000Z' }) })
    page = mountPage('assessment/pages/period/index', { periodId: 'p1' })
    await page.findText('评分进度')
    expect(cloudData('getPeriod').at(-1)).toEqual({ action: 'getPeriod', periodId: 'p1' })
    expect(page.byClass('ao-progress__row').map((e) => e.textContent)).toContain('赵敏—1/20—组织评分')
    await page.tap('发放群众参评码')
    await page.findText('K7M2 Q9XA')
    expect(cloudData('issueMassesCodes').at(-1)).toEqual({ action: 'issueMassesCodes', periodId: 'p1', count: 10 })
    expect(page.text()).toContain('请群众在「同心」小程序的群众参评页输入此码')
    expect(page.byClass('ao-code__qr')).toHaveLength(0)
  })

  it('exports results to USER_DATA_PATH and opens them in the document viewer', async () => {
    const published = period({ status: 'published', computedAt: '2027-01-08T02:00:00.000Z', publishedAt: '2027-01-09T02:00:00.000Z' })
    answer({
      ...deskScript(published),
      'assessment.exportResults': () => ok({ fileName: 'results.xlsx', mimeType: 'x', base64: 'UEsDBA==', rowCount: 3, bytes: 4 })
    })
    page = mountPage('assessment/pages/period/index', { periodId: 'p1' })
    await page.tap('导出 Excel 表格')
    await page.findText('已导出 results.xlsx（3 人）')
    expect(writeFile.mock.calls.at(-1)![0]).toMatchObject({ filePath: 'wxfile://usr/results.xlsx', data: 'UEsDBA==', encoding: 'base64' })
    expect(openDocument.mock.calls.at(-1)![0]).toMatchObject({ filePath: 'wxfile://usr/results.xlsx', fileType: 'xlsx', showMenu: true })
  })

  it('draws the overview bars with Views', async () => {
    answer({
      'assessment.overview': () =>
        ok({
          name: '2026年第四季度',
          names: ['2026年第四季度'],
          branches: [
            {
              orgId: 'b1',
              orgName: '第一养护站党支部',
              period: { _id: 'p1', status: 'published', memberCount: 4 },
              flags: { red: 1, yellow: 2, blue: 1, grey: 0 }
            }
          ],
          totals: { red: 1, yellow: 2, blue: 1, grey: 0 }
        })
    })
    page = mountPage('assessment/pages/overview/index')
    await page.findText('党委合计（已发布 4 人）')
    expect(page.byClass('ao-chart__seg').map((e) => e.textContent)).toEqual(['1', '2', '1', '1', '2', '1'])
    // the totals bar and the branch bar both fill the width: 1/4, 2/4, 1/4
    expect(page.byClass('ao-chart__seg').map((e) => (e as HTMLElement).getAttribute('style'))).toEqual(
      [...Array(2)].flatMap(() => ['width: 25%;', 'width: 50%;', 'width: 25%;'])
    )
  })

  it('shows the rubric with its sums to committee staff', async () => {
    answer({
      'member.whoami': () => ok(whoStaff()),
      'assessment.getRubric': () => ok({ rubric: rubric() }),
      'assessment.listRubrics': () => ok({ rubrics: [rubric()] })
    })
    page = mountPage('assessment/pages/rubric/index')
    await page.findText('考评方面与考评项')
    expect(page.byClass('rubric__sum').map((e) => e.textContent?.replace(/\s+/g, ' '))).toEqual(
      expect.arrayContaining(['权重合计 100 / 100 %', '考评项满分合计 100 / 100 分'])
    )
  })

  it('after a close before every organisation rating, the organisation’s form opened from the desk is open (a member’s is not)', async () => {
    const closed = period({ status: 'closed', closedAt: '2027-01-08T02:00:00.000Z' })
    const targets = [...orgTargets(), { memberId: 'm3', name: '赵敏', source: 'org' as const, mine: null }]
    answer({ 'assessment.rateTargets': () => ok({ period: closed, rubric: rubric(), targets }) })
    page = mountPage('assessment/pages/rate/index', { periodId: 'p1', memberId: 'm3', source: 'org' })
    await page.findText('组织考评：赵敏')
    expect(page.text()).not.toContain('评分已截止，不能再修改')
    page.unmount()
    page = mountPage('assessment/pages/rate/index', { periodId: 'p1', memberId: 'm1', source: 'self' })
    await page.findText('评分已截止，不能再修改')
  })

  it('shows the masses codes just issued as a sheet of slips to screenshot (no QR, no print in WeChat)', async () => {
    answer({
      ...deskScript(),
      'assessment.issueMassesCodes': () => ok({ codes: ['K7M2Q9XA3B', 'H3JD8W2PZC'], expiresAt: '2027-01-07T10:00:00.000Z' })
    })
    const desk = mountPage('assessment/pages/period/index', { periodId: 'p1' })
    await desk.tap('发放群众参评码')
    await committed()
    await desk.tap('生成参评码条（截屏分享）')
    await waitUntil(() => wx.navigateTo.mock.calls.some(([o]) => o.url === '/assessment/pages/massesSheet/index?periodId=p1'), 'the sheet')
    desk.unmount()
    page = mountPage('assessment/pages/massesSheet/index', { periodId: 'p1' })
    await page.findText('K7M2 Q9XA 3B')
    expect(page.byClass('masses-slip__code').map((e) => e.textContent)).toEqual(['K7M2 Q9XA 3B', 'H3JD 8W2P ZC'])
    expect(page.byClass('masses-slip__period').map((e) => e.textContent)).toEqual(['2026年第四季度', '2026年第四季度'])
    expect(page.byClass('masses-slip__qr')).toHaveLength(0)
    expect(page.text()).not.toContain('打印参评码条')
    expect(page.text()).toContain('截屏后分享或打印')
  })

  it('opens a period with date and time pickers, not typed dates', async () => {
    answer({ 'member.whoami': () => ok(whoSecretary()), 'assessment.listPeriods': () => ok({ periods: [] }) })
    page = mountPage('assessment/pages/periods/index')
    await page.tap('开启新一期考评')
    await page.findText('考评开始日期')
    expect(page.byClass('pick-field__value').map((e) => e.textContent)).toEqual(['请选择', '请选择', '请选择', '18:00'])
    expect(page.root.querySelector('input[placeholder*="YYYY"]')).toBeNull()
  })

  it('folds the rubric’s aspects and jumps to the first problem of a failed save with wx.pageScrollTo', async () => {
    answer({
      'member.whoami': () => ok(whoStaff()),
      'assessment.getRubric': () => ok({ rubric: rubric() }),
      'assessment.listRubrics': () => ok({ rubrics: [rubric()] })
    })
    page = mountPage('assessment/pages/rubric/index')
    await page.findText('方面 1：政治学习')
    expect(page.byClass('rubric__item')).toHaveLength(2) // the bonus and the veto item: the aspects are folded
    await page.tap('添加否决项')
    await committed()
    await page.tap('保存为新版本')
    await waitUntil(() => pageScrollTo.mock.calls.length > 0, 'pageScrollTo')
    expect(pageScrollTo.mock.calls.at(-1)![0]).toMatchObject({ selector: '#rb-v1' })
    await page.tap('全部展开')
    await waitUntil(() => page?.byClass('rubric__item').length === 6, 'the three items unfolded')
  })
})
