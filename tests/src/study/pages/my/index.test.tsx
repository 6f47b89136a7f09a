jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import MyStudyPage from '@/study/pages/my'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { myStudyResult, myTask, studyReport, studyTask } from '@tests/src/helpers/studyFixtures'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

describe('我的学习', () => {
  it('shows hours, completion, each task with its status, and opens a task’s report page', async () => {
    answerCloud({
      'study.myStudy': () => ({
        ...myStudyResult([
          myTask({ report: studyReport({ status: 'accepted' }), hours: 2 }),
          myTask({ task: studyTask({ _id: 'b1:2026:apr-1', title: '学习二十大报告', required: false, hours: 1.5 }), overdue: true }),
          myTask({
            task: studyTask({
              _id: 'b1:2026:may-1',
              title: '学习交通强国建设纲要',
              deadline: '2026-05-31',
              material: {
                kind: 'text',
                text: '见附件',
                attachment: {
                  fileID: 'cloud://env/study/r1/a.pdf',
                  name: '纲要.pdf',
                  ext: 'pdf',
                  kind: 'document',
                  size: 2048,
                  traceId: null
                }
              }
            })
          })
        ]),
        requiredDue: 1,
        requiredDone: 1
      })
    })
    render(<MyStudyPage />)
    expect(await screen.findByText('2 学时')).toBeTruthy()
    expect(screen.getByText('1/1')).toBeTruthy()
    expect(screen.getByText('已通过')).toBeTruthy()
    expect(screen.getByText('已逾期')).toBeTruthy()
    expect(screen.getByText('选学 · 1.5 学时 · 学习材料 · 截止 2026-03-31')).toBeTruthy()
    // A task with an attachment says so in the list; the file opens on its report page.
    expect(screen.getByText('必学 · 2 学时 · 学习材料 · 有附件 · 截止 2026-05-31')).toBeTruthy()
    await tapIn('[data-task="b1:2026:apr-1"]', '学习二十大报告')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/study/pages/report/index?taskId=b1%3A2026%3Aapr-1' })
  })

  it('shows the quarter’s analysis and opens it; says when nothing was pushed', async () => {
    answerCloud({ 'study.myStudy': () => myStudyResult([]) })
    render(<MyStudyPage />)
    expect(await screen.findByText('还没有布置给你的学习任务')).toBeTruthy()
    expect(screen.getByText('未填写')).toBeTruthy()
    await tap('2026年第一季度党性分析')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/study/pages/analysis/index' })
  })
})
