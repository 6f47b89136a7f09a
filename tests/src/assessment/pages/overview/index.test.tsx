jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen } from '@testing-library/react'
import AssessOverviewPage from '@/assessment/pages/overview'
import type { AssessmentApi } from '@shared/assessment/api'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { spyNavigation } from '@tests/src/helpers/taroSpies'

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
})
afterEach(() => jest.restoreAllMocks())

type Overview = AssessmentApi['overview']['res']
const q4: Overview = {
  name: '2026年第四季度',
  names: ['2026年第四季度', '2026年第三季度'],
  branches: [
    {
      orgId: 'b1',
      orgName: '第一养护站党支部',
      period: { _id: 'p1', status: 'published', memberCount: 10 },
      flags: { red: 2, yellow: 4, blue: 3, grey: 1 }
    },
    {
      orgId: 'b2',
      orgName: '第二养护站党支部',
      period: { _id: 'p2', status: 'published', memberCount: 5 },
      flags: { red: 1, yellow: 1, blue: 2, grey: 1 }
    },
    {
      orgId: 'b3',
      orgName: '联合党支部',
      period: { _id: 'p3', status: 'rating', memberCount: 6 },
      flags: { red: 0, yellow: 0, blue: 0, grey: 0 }
    },
    { orgId: 'b4', orgName: '第三养护站党支部', period: null, flags: { red: 0, yellow: 0, blue: 0, grey: 0 } }
  ],
  totals: { red: 3, yellow: 5, blue: 5, grey: 2 }
}
const q3: Overview = {
  ...q4,
  name: '2026年第三季度',
  branches: [
    { ...q4.branches[0], period: { _id: 'p0', status: 'published', memberCount: 4 }, flags: { red: 4, yellow: 0, blue: 0, grey: 0 } }
  ],
  totals: { red: 4, yellow: 0, blue: 0, grey: 0 }
}

/** Each bar as "label total width | flag:count:width …" read from the drawn Views. */
const bars = (chart: number) =>
  Array.from(document.querySelectorAll('.ao-chart')[chart].querySelectorAll('.ao-chart__row')).map((row) => {
    const segs = Array.from(row.querySelectorAll<HTMLElement>('.ao-chart__seg')).map(
      (s) => `${s.dataset.flag}:${s.textContent}:${s.style.width}`
    )
    return `${row.querySelector('.ao-chart__label')!.textContent} | ${segs.join(' ')}`
  })

describe('考评总览 (committee staff)', () => {
  it('draws the flag distribution per branch as stacked bars, scaled to the largest branch, and the committee totals', async () => {
    answerCloud({ 'assessment.overview': () => q4 })
    render(<AssessOverviewPage />)
    await screen.findByText('党委合计（已发布 15 人）')
    expect(Array.from(document.querySelectorAll('.overview__total')).map((e) => e.textContent)).toEqual([
      '红旗 3 人（20%）',
      // largest remainder: the 1% left goes to the first of the equal remainders
      '黄旗 5 人（34%）',
      '蓝旗 5 人（33%）',
      '灰旗 2 人（13%）'
    ])
    expect(bars(0)).toEqual(['党委合计15 人 | red:3:20% yellow:5:33.4% blue:5:33.3% grey:2:13.3%'])
    expect(bars(1)).toEqual([
      '第一养护站党支部10 人 | red:2:20% yellow:4:40% blue:3:30% grey:1:10%',
      '第二养护站党支部5 人 | red:1:10% yellow:1:10% blue:2:20% grey:1:10%',
      '联合党支部未发布 | ',
      '第三养护站党支部未发布 | '
    ])
    expect(calls('overview')).toEqual([{ action: 'overview' }])
  })

  it('switches to another period name', async () => {
    answerCloud({ 'assessment.overview': (e) => (e.name === '2026年第三季度' ? q3 : q4) })
    render(<AssessOverviewPage />)
    await screen.findByText('党委合计（已发布 15 人）')
    await tap('2026年第三季度')
    expect(calls('overview')[1]).toEqual({ action: 'overview', name: '2026年第三季度' })
    expect(await screen.findByText('党委合计（已发布 4 人）')).toBeTruthy()
    expect(bars(1)).toEqual(['第一养护站党支部4 人 | red:4:100%'])
  })

  it('drills down to a branch’s board and its period desk; a branch without a period has neither', async () => {
    answerCloud({ 'assessment.overview': () => q4 })
    render(<AssessOverviewPage />)
    await screen.findByText('各支部考评')
    await tapIn('.overview__row[data-org="b1"]', '评比台')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/assessment/pages/board/index?periodId=p1' })
    await tapIn('.overview__row[data-org="b3"]', '工作台')
    expect(nav.navigateTo).toHaveBeenLastCalledWith({ url: '/assessment/pages/period/index?periodId=p3' })
    expect(document.querySelector('.overview__row[data-org="b3"]')!.textContent).not.toContain('评比台')
    expect(document.querySelector('.overview__row[data-org="b4"]')!.textContent).toBe('第三养护站党支部未开启')
  })

  it('says when no branch has opened a period', async () => {
    answerCloud({ 'assessment.overview': () => ({ name: null, names: [], branches: [], totals: { red: 0, yellow: 0, blue: 0, grey: 0 } }) })
    render(<AssessOverviewPage />)
    expect(await screen.findByText('各支部还没有开启考评')).toBeTruthy()
    expect(document.querySelector('.ao-chart')).toBeNull()
  })
})
