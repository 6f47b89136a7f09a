// The push form's attachment (附件): the file picked and uploaded goes with the material; none → no attachment.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
jest.mock('@/study/attachment', () => ({
  ...jest.requireActual('@/study/attachment'),
  pickDocument: jest.fn(),
  uploadAttachment: jest.fn()
}))
import { render, screen } from '@testing-library/react'
import PlanPage from '@/study/pages/plan'
import { rememberCaller } from '@/core/caller'
import { pickDocument, uploadAttachment } from '@/study/attachment'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { route } from '@tests/src/helpers/assessMember'
import { whoSecretary } from '@tests/src/helpers/fixtures'
import { planItem, studyPlan, studyTask } from '@tests/src/helpers/studyFixtures'

const item = planItem({ id: 'apr-1', month: 4, content: '学习二十大报告' })

beforeEach(() => {
  spyNavigation()
  route('/study/pages/plan/index', {})
  rememberCaller(whoSecretary(['b1']))
  answerCloud({
    'study.getPlan': () => ({ plan: studyPlan([item]), tasks: [], canEdit: true, groups: [], studyActivities: [] }),
    'study.pushTask': () => ({ task: studyTask() })
  })
})
afterEach(() => {
  jest.restoreAllMocks()
  jest.mocked(pickDocument).mockReset()
  jest.mocked(uploadAttachment).mockReset()
  restoreTaroStubs()
})

describe('学习计划: 布置 with an attachment', () => {
  it('uploads the document to the secretary’s folder and sends its fileID and name with the material', async () => {
    jest.mocked(pickDocument).mockResolvedValue({ localPath: 'blob:1', name: '二十大报告.pdf', size: 2048 })
    jest.mocked(uploadAttachment).mockResolvedValue({ fileID: 'cloud://e.b/study/m-sec/k.pdf', name: '二十大报告.pdf' })
    render(<PlanPage />)
    await tap('布置为学习任务')
    await typeIntoTextarea('学习要求或材料正文', '请学习附件')
    await tap('添加文档')
    expect(await screen.findByText('附件：二十大报告.pdf')).toBeTruthy()
    expect(jest.mocked(uploadAttachment).mock.calls[0][1]).toBe(whoSecretary(['b1']).member?._id)
    await tap('布置')
    expect(calls('pushTask')[0].material).toEqual({
      kind: 'text',
      text: '请学习附件',
      attachment: { fileID: 'cloud://e.b/study/m-sec/k.pdf', name: '二十大报告.pdf' }
    })
  })

  it('without one the material has no attachment', async () => {
    render(<PlanPage />)
    await tap('布置为学习任务')
    await typeIntoTextarea('学习要求或材料正文', '请学习')
    await tap('布置')
    expect(calls('pushTask')[0].material).toEqual({ kind: 'text', text: '请学习' })
  })
})
