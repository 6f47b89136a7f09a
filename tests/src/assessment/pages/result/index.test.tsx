jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import ResultPage from '@/assessment/pages/result'
import { answerCloud, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, typeIntoTextarea } from '@tests/src/helpers/dom'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { averages, memberResult, objection, publishedPeriod, rubric, talk } from '@tests/src/helpers/assessFixtures'
import { route, texts } from '@tests/src/helpers/assessMember'
import type { Objection, Period, Talk } from '@shared/assessment/api'
import { NO_DATA_NOTE } from '@shared/assessment/compute'
import { FEW_RATERS_NOTE } from '@shared/assessment/disclosure'

const PATH = '/assessment/pages/result/index'

function script(
  opts: { period?: Period; objection?: Objection | null; talk?: Talk | null } = {},
  extra: Record<string, (e: any) => unknown> = {}
) {
  return answerCloud({
    'assessment.memberResult': () => ({
      period: opts.period ?? publishedPeriod(),
      result: memberResult(),
      averages,
      objection: opts.objection ?? null,
      talk: opts.talk === undefined ? null : opts.talk,
      rubric: rubric()
    }),
    ...extra
  })
}

let nav: ReturnType<typeof spyNavigation>
beforeEach(() => {
  nav = spyNavigation()
  route(PATH, { periodId: 'p1' })
})
afterEach(() => jest.restoreAllMocks())

describe('a member’s result', () => {
  it('shows total, large flag and rank, from my own result by default', async () => {
    script()
    render(<ResultPage />)
    expect(await screen.findByText('84.5')).toBeTruthy()
    expect(calls('memberResult')).toEqual([{ action: 'memberResult', periodId: 'p1' }])
    // one call: the result carries its frozen rubric
    expect(calls('getRubric')).toEqual([])
    const flag = document.querySelector('.result__score [data-flag]')!
    expect(flag.getAttribute('data-flag')).toBe('yellow')
    expect(flag.className).toContain('flag-tag--large')
    expect(screen.getByText('第 2 名 / 共 4 人')).toBeTruthy()
  })

  it.each([
    ['before the period’s end: says until when it counted', '2026-12-01T02:00:00.000Z', '统计截至 12-01 10:00，期内尚未结束的活动不计入'],
    ['after the period’s end: nothing to say', '2027-01-01T02:00:00.000Z', null]
  ])('computed %s', async (_n, computedAt, note) => {
    answerCloud({
      'assessment.memberResult': () => ({
        period: publishedPeriod(),
        result: memberResult({ computedAt }),
        averages,
        objection: null,
        talk: null,
        rubric: rubric()
      })
    })
    render(<ResultPage />)
    await screen.findByText('84.5')
    expect(document.querySelector('.result__cutoff')?.textContent ?? null).toBe(note)
  })

  it('draws each aspect as a bar with the branch average marker, for known numbers', async () => {
    script()
    render(<ResultPage />)
    await screen.findByText('84.5')
    const bar = (aspect: string) => {
      const row = document.querySelector(`[data-aspect="${aspect}"]`)!
      return {
        width: (row.querySelector('.aspect-bars__bar') as HTMLElement).style.width,
        avg: (row.querySelector('.aspect-bars__avg') as HTMLElement).style.left,
        text: row.querySelector('.aspect-bars__score')!.textContent,
        note: row.querySelector('.aspect-bars__note')!.textContent
      }
    }
    // 政治学习 13.5 of 15 (90 %), branch average 12 (80 %); 岗位建功 4.5 of 7.5 (60 %), average 6 (80 %)
    expect(bar('study')).toEqual({ width: '90%', avg: '80%', text: '13.5/15', note: '支部平均 12 · 高于平均' })
    expect(bar('work')).toEqual({ width: '60%', avg: '80%', text: '4.5/7.5', note: '支部平均 6 · 低于平均' })
  })

  it('summarises each source as score/max and a count of raters, never who', async () => {
    script()
    render(<ResultPage />)
    await screen.findByText('84.5')
    const src = (s: string) => document.querySelector(`[data-source="${s}"]`)!.textContent
    expect(src('self')).toBe('14/15')
    expect(src('peer')).toBe('13.2/15 · 6 人评价')
    expect(src('masses')).toBe('未参评')
    expect(src('org')).toBe('13.5/17.5 · 2 人评价')
    expect(document.body.textContent).not.toMatch(/sec1|raterKey/)
  })

  it('a peer source with fewer than 3 raters: the count and the server’s note, no score', async () => {
    answerCloud({
      'assessment.memberResult': () => ({
        period: publishedPeriod(),
        result: memberResult({
          items: [
            {
              itemId: 'theory',
              aspectId: 'study',
              score: 9,
              max: 10,
              basis: 'rated',
              sourceMeans: { self: 9, peer: null, masses: null, org: 9 }
            }
          ],
          sources: {
            self: { score: 14, max: 15, raters: 1 },
            peer: { score: null, max: 15, raters: 2, note: FEW_RATERS_NOTE },
            masses: { score: null, max: 0, raters: 0 },
            org: { score: 13.5, max: 17.5, raters: 2 }
          }
        }),
        averages,
        objection: null,
        talk: null,
        rubric: rubric()
      })
    })
    render(<ResultPage />)
    await screen.findByText('84.5')
    expect(document.querySelector('[data-source="peer"]')!.textContent).toBe('2 人评价')
    expect(screen.getByText('评价人数少于3人，不单独显示')).toBeTruthy()
    expect(document.querySelector('[data-source="masses"]')!.textContent).toBe('未参评')
    expect(document.querySelector('[data-item="theory"]')!.textContent).toBe('理论学习9/10个人自评 9 · 组织考评 9')
  })

  it('lists item details by name: rated items with source means, derived items with their note', async () => {
    script()
    render(<ResultPage />)
    await screen.findByText('84.5')
    const item = (id: string) => document.querySelector(`[data-item="${id}"]`)!.textContent
    expect(item('theory')).toBe('理论学习9/10个人自评 9 · 党员互评 8.8 · 组织考评 9')
    expect(item('meetings')).toBe('三会一课出勤4.5/5出勤 9/10')
  })

  // With the server's note, or without one (the client says it itself); and without the rubric the
  // result still shows, items by id (an item its rubric does not name).
  it.each([
    ['with the note the server sends', NO_DATA_NOTE],
    ['without a note', undefined]
  ])('shows a derived item without data as not scored, %s, and says the total was rescaled', async (_, note) => {
    answerCloud({
      'assessment.memberResult': () => ({
        period: publishedPeriod(),
        result: memberResult({
          items: [{ itemId: 'meetings', aspectId: 'study', score: 0, max: 5, basis: 'noData', ratio: null, ...(note ? { note } : {}) }]
        }),
        averages,
        objection: null,
        talk: null,
        // an item the rubric does not name shows by its id
        rubric: { ...rubric(), aspects: [] }
      })
    })
    render(<ResultPage />)
    await screen.findByText('84.5')
    // No "0/5": the item is left out, not scored zero.
    expect(document.querySelector('[data-item="meetings"]')!.textContent).toBe('meetings—本期无相关数据，不计分，总分按其余项目折算')
    expect(screen.getByText('1 项本期无数据，不计分，总分按其余项目折算为百分制')).toBeTruthy()
  })

  it('files an objection during the publicity window and shows it pending', async () => {
    script({}, { 'assessment.fileObjection': (e) => ({ objection: objection({ reason: e.reason }) }) })
    render(<ResultPage />)
    expect(await screen.findByText(/^公示期至 .+（北京时间），对结果有异议可提出，书记会答复。$/)).toBeTruthy()
    await tap('提出异议')
    expect(screen.getByText('请写明异议理由')).toBeTruthy()
    expect(calls('fileObjection')).toHaveLength(0)
    await typeIntoTextarea('请写明异议理由', '  出勤数据漏记了11月的主题党日  ')
    await tap('提出异议')
    expect(calls('fileObjection')).toEqual([{ action: 'fileObjection', periodId: 'p1', reason: '出勤数据漏记了11月的主题党日' }])
    expect(await screen.findByText('异议已提交，等待书记答复')).toBeTruthy()
    expect(screen.getByText('待书记答复')).toBeTruthy()
    expect(screen.getByText('我的理由：出勤数据漏记了11月的主题党日')).toBeTruthy()
    expect(screen.getByText('重新提交异议')).toBeTruthy()
  })

  it('shows the server’s refusal of an objection', async () => {
    script({}, { 'assessment.fileObjection': () => fail('WINDOW_CLOSED', '公示期已结束，不能再提出异议') })
    render(<ResultPage />)
    await typeIntoTextarea('请写明异议理由', '分数有误')
    await tap('提出异议')
    expect(await screen.findByText('公示期已结束，不能再提出异议')).toBeTruthy()
  })

  it('shows the answer once answered, with no form', async () => {
    script({ objection: objection({ status: 'answered', answer: '已核实，补记出勤后重新计算', answeredAt: '2026-11-20T02:00:00.000Z' }) })
    render(<ResultPage />)
    expect(await screen.findByText('书记答复：已核实，补记出勤后重新计算')).toBeTruthy()
    expect(screen.getByText('已答复')).toBeTruthy()
    expect(screen.queryByText('提出异议')).toBeNull()
    expect(screen.queryByText('重新提交异议')).toBeNull()
  })

  it('offers no objection after the window', async () => {
    script({ period: publishedPeriod({ publicityEndsAt: new Date(Date.now() - 1000).toISOString() }) })
    render(<ResultPage />)
    expect(await screen.findByText('公示期已结束，不能再提出异议。')).toBeTruthy()
    expect(screen.queryByText('提出异议')).toBeNull()
  })

  it('shows the talk record and acknowledges it', async () => {
    script(
      { talk: talk() },
      { 'assessment.ackTalk': () => ({ talk: talk({ status: 'acknowledged', acknowledgedAt: '2026-11-21T02:30:00.000Z' }) }) }
    )
    render(<ResultPage />)
    expect(await screen.findByText('已谈话，待本人确认')).toBeTruthy()
    expect(screen.getByText('李书记')).toBeTruthy()
    expect(screen.getByText('2026年11月19日')).toBeTruthy()
    expect(screen.getByText('理论学习不够系统')).toBeTruthy()
    expect(screen.getByText('学习笔记不完整')).toBeTruthy()
    expect(screen.getByText('每周自学两次并记笔记')).toBeTruthy()
    await tap('确认谈话记录')
    expect(calls('ackTalk')).toEqual([{ action: 'ackTalk', talkId: 't1' }])
    expect(await screen.findByText('已确认，谈话完成')).toBeTruthy()
    expect(screen.getByText(/^已于 .+ 确认谈话记录$/)).toBeTruthy()
    expect(screen.queryByText('确认谈话记录')).toBeNull()
  })

  it('has nothing to acknowledge before the talk is recorded; an overdue talk says so', async () => {
    script({ talk: talk({ status: 'assigned', record: null, recordedAt: null, overdue: true }) })
    render(<ResultPage />)
    expect(await screen.findByText('待谈话')).toBeTruthy()
    expect(screen.getByText('已超期')).toBeTruthy()
    expect(screen.queryByText('确认谈话记录')).toBeNull()
  })

  it('shows a secretary another member’s result without the member’s own actions', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm1' })
    script({ talk: talk() })
    render(<ResultPage />)
    await screen.findByText('84.5')
    expect(calls('memberResult')).toEqual([{ action: 'memberResult', periodId: 'p1', memberId: 'm1' }])
    expect(screen.queryByText('提出异议')).toBeNull()
    expect(screen.queryByText('确认谈话记录')).toBeNull()
    expect(screen.getByText('理论学习不够系统')).toBeTruthy()
  })

  it('links to the board', async () => {
    script()
    render(<ResultPage />)
    await tap('查看评比台')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/board/index?periodId=p1' })
  })

  it('shows the server’s refusal to read another member’s result', async () => {
    route(PATH, { periodId: 'p1', memberId: 'm3' })
    answerCloud({ 'assessment.memberResult': () => fail('FORBIDDEN', '只能查看本人的考评结果') })
    render(<ResultPage />)
    expect(await screen.findByText('只能查看本人的考评结果')).toBeTruthy()
    await waitFor(() => expect(texts('.status-view__error')).toEqual(['只能查看本人的考评结果']))
  })
})
