jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { screen, render, waitFor } from '@testing-library/react'
import ReportPage from '@/study/pages/report'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { myTask, studyReport, studyTask } from '@tests/src/helpers/studyFixtures'

const PATH = '/study/pages/report/index'
const TASK = 'b1:2026:mar-1'
const INSIGHTS = '深刻认识到党章是立党治党管党的总章程，要时时对照检查。'

beforeEach(() => {
  spyNavigation()
  route(PATH, { taskId: TASK })
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

let rev = 0
const saving = () => ({
  'study.saveReport': (e: any) => ({
    report: studyReport({ status: 'draft', rev: ++rev, ...e.text, updatedAt: '2026-03-20T02:05:00.000Z' })
  }),
  'study.fileReport': (e: any) => ({ report: studyReport({ rev: e.rev + 1 }) })
})

describe('学习报告单', () => {
  beforeEach(() => {
    rev = 0
  })

  it('saves a draft as the member types (the last text, each save naming the rev before), then files it', async () => {
    answerCloud({ 'study.getTask': () => myTask(), ...saving() })
    render(<ReportPage />)
    expect(await screen.findByText('请学习党章总纲')).toBeTruthy()
    await typeIntoTextarea('学了什么（篇目、章节）', '党章')
    await typeIntoTextarea('学了什么（篇目、章节）', '党章总纲部分')
    await waitFor(() => expect(calls('saveReport')).toHaveLength(1), { timeout: 3000 })
    expect(calls('saveReport')[0]).toEqual({
      action: 'saveReport',
      taskId: TASK,
      text: { studied: '党章总纲部分', insights: '', changes: '' },
      rev: 0
    })
    expect(await screen.findByText('草稿已保存 10:05')).toBeTruthy()
    await typeIntoTextarea('有什么体会', INSIGHTS)
    await typeIntoTextarea('工作和生活中准备怎么改', '每周对照党章检查一次')
    await tap('提交学习报告')
    expect(await screen.findByText('已提交学习报告')).toBeTruthy()
    const filed = calls('fileReport')
    expect(filed).toEqual([
      { action: 'fileReport', taskId: TASK, text: { studied: '党章总纲部分', insights: INSIGHTS, changes: '每周对照党章检查一次' }, rev: 1 }
    ])
  })

  it('says what is too short and files nothing', async () => {
    answerCloud({ 'study.getTask': () => myTask(), ...saving() })
    render(<ReportPage />)
    await typeIntoTextarea('学了什么（篇目、章节）', '党章总纲')
    await typeIntoTextarea('有什么体会', '很好')
    await tap('提交学习报告')
    expect(await screen.findByText('学习内容至少 5 个字（现有 4 个）')).toBeTruthy()
    expect(screen.getByText('心得体会至少 20 个字（现有 2 个）')).toBeTruthy()
    expect(calls('fileReport')).toEqual([])
  })

  it('a returned report shows its reason, keeps the text and is filed again with its rev', async () => {
    const returned = studyReport({ status: 'returned', returnReason: '心得要结合岗位', rev: 4 })
    answerCloud({ 'study.getTask': () => myTask({ report: returned }), ...saving() })
    render(<ReportPage />)
    expect(await screen.findByText('退回原因：心得要结合岗位')).toBeTruthy()
    await tap('重新提交')
    expect(calls('fileReport')).toEqual([
      {
        action: 'fileReport',
        taskId: TASK,
        text: { studied: returned.studied, insights: returned.insights, changes: returned.changes },
        rev: 4
      }
    ])
  })

  it('an overdue task says it is still fileable; a link can be copied; an accepted report is read-only', async () => {
    answerCloud({
      'study.getTask': () =>
        myTask({ overdue: true, task: studyTask({ material: { kind: 'link', text: '', url: 'https://www.12371.cn/' } }) })
    })
    const { unmount } = render(<ReportPage />)
    expect(await screen.findByText('已过截止日期，仍可提交，将标记为逾期提交')).toBeTruthy()
    expect(screen.getByText('https://www.12371.cn/（点击复制链接）')).toBeTruthy()
    unmount()
    answerCloud({ 'study.getTask': () => myTask({ report: studyReport({ status: 'accepted', hours: 2 }), hours: 2 }) })
    render(<ReportPage />)
    expect(await screen.findByText('已通过，认定 2 学时')).toBeTruthy()
    expect(screen.queryByText('提交学习报告')).toBeNull()
    expect(document.querySelectorAll('taro-textarea-core')).toHaveLength(0)
  })
})
