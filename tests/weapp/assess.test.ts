// Member-side assessment pages of the packageAssess subpackage in the weapp build: 我的考评, the
// rating form, the no-account masses form, the board and a member's result (chart, talk).
import { answer, cloudData, committed, fail, mountPage, ok, setUpApp, waitUntil, type MountedPage, type Wx } from './harness'
import { whoMember } from '@tests/src/helpers/fixtures'
import { averages, board, memberResult, period, publishedPeriod, rubric, talk, targets } from '@tests/src/helpers/assessFixtures'

let wx: Wx
let page: MountedPage | null = null
setUpApp((w) => {
  wx = w
})

const whoM1 = () => {
  const w = whoMember()
  return { ...w, member: { ...w.member!, _id: 'm1' } }
}

describe('home → 我的考评 (weapp build)', () => {
  it('opens the subpackage from the 考评 tile', async () => {
    answer({ 'member.whoami': () => ok(whoMember()) })
    page = mountPage('pages/home/index')
    await page.tap('考评')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/assessment/pages/my/index')
  })
})

describe('我的考评 (weapp build)', () => {
  it('lists the tasks with done / not done and opens the rating form', async () => {
    answer({
      'member.whoami': () => ok(whoM1()),
      'assessment.myPeriods': () => ok({ periods: [{ period: period(), desk: false, targets: targets(), result: null }] })
    })
    page = mountPage('assessment/pages/my/index')
    await page.findText('2026年第四季度')
    await waitUntil(() => page!.byClass('my__task').length === 3, 'three tasks')
    expect(page.byClass('my__task').map((e) => e.textContent)).toEqual(['王芳（本人）已评 · 可修改', '张伟未评 ›', '赵敏已评 · 可修改'])
    expect(page.byClass('my__group-count').map((e) => e.textContent)).toEqual(['已完成 1/1', '已完成 1/2'])
    await page.tap('张伟')
    await waitUntil(() => wx.navigateTo.mock.calls.length > 0, 'navigateTo')
    expect(wx.navigateTo.mock.calls[0][0].url).toBe('/assessment/pages/rate/index?periodId=p1&memberId=m2&source=peer')
  })
})

describe('rating form (weapp build)', () => {
  it('reads the page query, is prefilled, steps a score down and saves the change', async () => {
    answer({
      'assessment.rateTargets': () => ok({ period: period(), rubric: rubric(), targets: targets() }),
      'assessment.rate': () => ok({ saved: true, updatedAt: new Date().toISOString() })
    })
    page = mountPage('assessment/pages/rate/index', { periodId: 'p1', memberId: 'm1', source: 'self' })
    await page.findText('我的自评')
    expect(page.byClass('rate__item-name').map((e) => e.textContent)).toEqual(['理论学习', '履职尽责'])
    await page.tap('−') // the first item's minus: 9 → 8.5
    await committed()
    await page.tap('保存修改')
    await waitUntil(() => /已保存（今天 \d\d:\d\d），截止前仍可修改/.test(page!.text()), 'saved note')
    expect(cloudData('rate')).toEqual([
      { action: 'rate', periodId: 'p1', source: 'self', memberId: 'm1', scores: { theory: 8.5, duty: 4.5 } }
    ])
  })

  it('blocks a bad typed score with a message and sends nothing', async () => {
    answer({ 'assessment.rateTargets': () => ok({ period: period(), rubric: rubric(), targets: targets() }) })
    page = mountPage('assessment/pages/rate/index', { periodId: 'p1', memberId: 'm2', source: 'peer' })
    await page.findText('互评：张伟')
    await page.input('score-input__field', '7.3', 0)
    await page.input('score-input__field', '4', 1)
    await committed()
    await page.tap('提交评分')
    await page.findText('「理论学习」：分值须为 0.5 的整数倍')
    expect(cloudData('rate')).toEqual([])
  })
})

describe('rating on a phone (weapp build)', () => {
  it('a peer marks an item 不了解 (sent as null), sees the count and the progress; 全部满分 is one tap', async () => {
    answer({
      'assessment.rateTargets': () => ok({ period: period(), rubric: rubric(), targets: targets() }),
      'assessment.rate': () => ok({ saved: true, updatedAt: new Date().toISOString() })
    })
    page = mountPage('assessment/pages/rate/index', { periodId: 'p1', memberId: 'm2', source: 'peer' })
    await page.findText('互评：张伟')
    await page.findText('互评进度：已评 1/2 人')
    expect(page.byClass('score-input__unknown')).toHaveLength(2)
    await page.tap('全部满分')
    await committed()
    await page.findText('已填 2/2 项')
    await page.tap('不了解') // the first item's
    // The count shows once the tap is committed (a fixed pause was too short on a loaded machine).
    await page.findText('已填 2/2 项（不了解 1 项）')
    expect(page.byClass('score-input__unknown--on')).toHaveLength(1)
    await page.tap('提交评分')
    await waitUntil(() => cloudData('rate').length === 1, 'rate sent')
    expect(cloudData('rate')).toEqual([
      { action: 'rate', periodId: 'p1', source: 'peer', memberId: 'm2', scores: { theory: null, duty: 5 } }
    ])
    await page.findText('互评进度：已评 2/2 人')
  })
})

describe('masses form (weapp build)', () => {
  const form = {
    period: { _id: 'p1', name: '2026年第四季度', orgName: '第一养护站党支部', ratingDeadline: period().ratingDeadline },
    items: [{ id: 'serve', name: '服务群众', max: 5, criteria: '热心帮助职工群众', scoring: 'rated' }],
    members: [
      { memberId: 'm1', name: '王芳' },
      { memberId: 'm2', name: '张伟' }
    ]
  }

  it('opens from a mini-program code’s scene with no account, rates both members and thanks', async () => {
    answer({ 'assessment.massesForm': () => ok(form), 'assessment.massesRate': () => ok({ saved: 2 }) })
    page = mountPage('assessment/pages/masses/index', { scene: 'QX7K2M9P' })
    await page.findText('王芳')
    expect(cloudData('massesForm')).toEqual([{ action: 'massesForm', code: 'QX7K2M9P' }])
    await page.input('score-input__field', '4.5', 0)
    await page.input('score-input__field', '5', 1)
    await committed()
    await page.tap('提交评议')
    await page.findText('感谢您的评议！')
    expect(cloudData('massesRate')).toEqual([
      {
        action: 'massesRate',
        code: 'QX7K2M9P',
        ratings: [
          { memberId: 'm1', scores: { serve: 4.5 } },
          { memberId: 'm2', scores: { serve: 5 } }
        ]
      }
    ])
    expect(cloudData('whoami')).toEqual([])
    expect(wx.reLaunch).not.toHaveBeenCalled()
  })

  it('全部满分 folds a member into one line; 修改 opens it again', async () => {
    answer({ 'assessment.massesForm': () => ok(form), 'assessment.massesRate': () => ok({ saved: 2 }) })
    page = mountPage('assessment/pages/masses/index', { code: 'QX7K2M9P' })
    await page.findText('王芳')
    await page.tap('全部满分') // 王芳's
    await committed()
    await waitUntil(() => page!.byClass('masses__member--folded').length === 1, 'one folded member')
    expect(page.byClass('score-input')).toHaveLength(1) // 张伟's item only
    await page.findText('已评 1/2 人')
    await page.tap('修改')
    await waitUntil(() => page!.byClass('masses__member--folded').length === 0, 'the member unfolded')
  })

  it('shows the server’s message for a used code', async () => {
    answer({ 'assessment.massesForm': () => fail('CODE_INVALID', '评议码无效或已使用') })
    page = mountPage('assessment/pages/masses/index', { code: 'USEDCODE' })
    await page.findText('评议码无效或已使用')
    expect(wx.reLaunch).not.toHaveBeenCalled()
  })
})

describe('评比台 and result (weapp build)', () => {
  it('shows the board with ranks and flags', async () => {
    answer({
      'assessment.board': () => ok({ period: publishedPeriod(), entries: board(), flags: { red: 1, yellow: 2, blue: 0, grey: 1 } }),
      'member.whoami': () => ok(whoM1())
    })
    page = mountPage('assessment/pages/board/index', { periodId: 'p1' })
    await page.findText('赵敏')
    expect(page.byClass('board__row').map((e) => e.textContent)).toEqual([
      '1赵敏92.0红旗',
      '2王芳（我）84.5黄旗',
      '2张伟84.5黄旗',
      '4孙强66.0灰旗'
    ])
  })

  it('draws the aspect bars and acknowledges the talk', async () => {
    answer({
      'assessment.memberResult': () =>
        ok({ period: publishedPeriod(), rubric: rubric(), result: memberResult(), averages, objection: null, talk: talk() }),
      'assessment.ackTalk': () => ok({ talk: talk({ status: 'acknowledged', acknowledgedAt: '2026-11-21T02:30:00.000Z' }) })
    })
    page = mountPage('assessment/pages/result/index', { periodId: 'p1' })
    await page.findText('84.5')
    expect(page.text()).toContain('第 2 名 / 共 4 人')
    const bars = page.byClass('aspect-bars__bar').map((e) => e.getAttribute('style'))
    const marks = page.byClass('aspect-bars__avg').map((e) => e.getAttribute('style'))
    expect(bars.map((s) => /width:\s*([\d.]+%)/.exec(s ?? '')?.[1])).toEqual(['90%', '60%'])
    expect(marks.map((s) => /left:\s*([\d.]+%)/.exec(s ?? '')?.[1])).toEqual(['80%', '80%'])
    expect(page.text()).toContain('出勤 9/10')
    await page.tap('确认谈话记录')
    await page.findText('已确认，谈话完成')
    expect(cloudData('ackTalk')).toEqual([{ action: 'ackTalk', talkId: 't1' }])
  })
})
