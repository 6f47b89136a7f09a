jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import TalkList from '@/assessment/components/TalkList'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { talk } from '@tests/src/helpers/assessFixtures'

describe('TalkList', () => {
  it('shows a flag talk with its flag and score, and a study talk (个别谈话) with its topic instead', async () => {
    answerCloud({})
    const study = talk({
      _id: 'study:m2:2026q4',
      periodId: 'study:b1:2026q4',
      periodName: '2026年第四季度党性分析',
      memberId: 'm2',
      name: '赵敏',
      flag: null,
      total: null,
      topic: '整改措施落实不到位',
      status: 'assigned',
      record: null,
      recordedAt: null
    })
    render(<TalkList periodId='p1' orgId='b1' meId='sec1' canAssign={false} now={new Date()} initial={[talk(), study]} />)
    expect(await screen.findByText('谈话事由：整改措施落实不到位')).toBeTruthy()
    expect(screen.getByText('2026年第四季度党性分析')).toBeTruthy()
    expect(screen.getByText('84.5 分')).toBeTruthy()
    const box = document.querySelector('[data-id="study:m2:2026q4"]') as HTMLElement
    expect(box.textContent).not.toMatch(/\d 分/)
    expect(box.textContent).not.toContain('旗')
  })
})
