jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import { render, screen, waitFor } from '@testing-library/react'
import AssessRubricPage from '@/assessment/pages/rubric'
import { CloudError } from '@/core/cloud'
import { answerCloud, calls } from '@tests/src/helpers/cloudMock'
import { tap, tapIn } from '@tests/src/helpers/dom'
import { whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import { deskRubric as rubric } from '@tests/src/helpers/assessFixtures'
import { inputsRendered, typeIn } from '@tests/src/helpers/assessInputs'
import { restoreTaroStubs, stubTaro } from '@tests/src/helpers/taroSpies'

// Taro.pageScrollTo is H5's named export (the build rewrites Taro.x): jest's Taro object needs it stubbed.
let scroll: jest.Mock
beforeEach(() => {
  scroll = stubTaro('pageScrollTo', () => Promise.resolve())
})
afterEach(() => {
  jest.restoreAllMocks()
  restoreTaroStubs()
})

const v1 = rubric({ _id: 'c1:v1', version: 1, createdAt: '2026-09-01T02:00:00.000Z', name: '旧细则' })
const script = (extra: Record<string, (e: any) => unknown> = {}) => ({
  'member.whoami': () => whoStaff(),
  'assessment.getRubric': (e: any) => ({ rubric: e.rubricId === 'c1:v1' ? v1 : rubric() }),
  'assessment.listRubrics': () => ({ rubrics: [rubric(), v1] }),
  ...extra
})
const sums = () => Array.from(document.querySelectorAll('.rubric__sum')).map((e) => `${e.textContent}:${e.getAttribute('data-ok')}`)
const errorsIn = (sel: string) =>
  Array.from(document.querySelectorAll(`${sel} .ao-field__error, ${sel} .rubric__error`)).map((e) => e.textContent)

/** The editor loaded with every aspect unfolded (they start folded). */
async function loaded() {
  render(<AssessRubricPage />)
  await screen.findByText('考评方面与考评项')
  await tap('全部展开')
  await inputsRendered()
}

describe('考评细则 (committee staff)', () => {
  it('shows the current version with live sums of items (100), each aspect and weights (100%)', async () => {
    answerCloud(script())
    await loaded()
    expect(screen.getByText(/第 2 版，2026-10-01 10:00 保存/)).toBeTruthy()
    expect(sums()).toEqual([
      '权重合计 100 / 100 %:true',
      '考评项满分合计 100 / 100 分:true',
      '本方面 70 分:true',
      '本方面 30 分:true',
      '加分项满分合计 3 分:true'
    ])
    await typeIn('[data-item="study"]', '分值', '45.5')
    expect(sums()).toContain('考评项满分合计 105.5 / 100 分:false')
    expect(sums()).toContain('本方面 75.5 分:true')
    await typeIn('.rubric', '组织考评权重', '35')
    expect(sums()[0]).toBe('权重合计 95 / 100 %:false')
  })

  it('checks locally before saving and shows each problem next to its field', async () => {
    answerCloud(script())
    await loaded()
    await typeIn('[data-item="study"]', '分值', '40.3')
    await typeIn('[data-item="duty"]', '考评项名称', '')
    await tap('保存为新版本')
    expect(calls('saveRubric')).toHaveLength(0)
    expect(screen.getByText('细则有误（共 2 处），已转到第一处，请按提示修改后再保存')).toBeTruthy()
    expect(errorsIn('[data-item="study"]')).toEqual(['“理论学习”的分值必须大于 0 且以 0.5 分为单位'])
    expect(errorsIn('[data-item="duty"]')).toEqual(['请填写考评项名称'])
    expect(sums()).toContain('考评项满分合计 100.3 / 100 分:false')
  })

  it('edits items, weights and a derived metric, and saves a new version', async () => {
    answerCloud(script({ 'assessment.saveRubric': (e) => ({ rubric: { ...rubric(), ...e.rubric, _id: 'c1:v3', version: 3 } }) }))
    await loaded()
    // move 10 points from 理论学习 to a new item of 岗位建功, rated by the organisation only
    await typeIn('[data-item="study"]', '分值', '30')
    await tapIn('[data-aspect="work"]', '添加考评项')
    await inputsRendered()
    await typeIn('[data-item="item-1"]', '考评项名称', '急难险重任务')
    await typeIn('[data-item="item-1"]', '分值', '10')
    for (const s of ['个人自评', '党员互评', '群众参评']) await tapIn('[data-item="item-1"]', s)
    // 三会一课出勤 reads volunteer attendance instead
    await tapIn('[data-item="meet"]', '志愿服务出勤率')
    await typeIn('.rubric', '个人自评权重', '20')
    await typeIn('.rubric', '组织考评权重', '30')
    expect(sums().slice(0, 2)).toEqual(['权重合计 100 / 100 %:true', '考评项满分合计 100 / 100 分:true'])
    await tap('保存为新版本')
    const sent = calls('saveRubric')[0].rubric
    expect(sent.weights).toEqual({ self: 20, peer: 30, masses: 20, org: 30 })
    expect(sent.aspects[0].items).toEqual([
      { id: 'study', name: '理论学习', max: 30, criteria: '按时学习', scoring: 'rated', sources: ['self', 'peer', 'masses', 'org'] },
      { id: 'meet', name: '三会一课出勤', max: 30, criteria: '出勤率', scoring: 'derived', metric: 'volunteerAttendance' }
    ])
    expect(sent.aspects[1].items[1]).toEqual({
      id: 'item-1',
      name: '急难险重任务',
      max: 10,
      criteria: '',
      scoring: 'rated',
      sources: ['org']
    })
    expect(sent.bands).toEqual({ red: 90, yellow: 80, blue: 70 })
    expect(await screen.findByText('已保存为第 3 版。已开启的考评仍使用开启时的版本。')).toBeTruthy()
    expect(calls('listRubrics')).toHaveLength(2)
  })

  it('puts the server’s RUBRIC_INVALID details next to the fields, the rest above the button', async () => {
    answerCloud(
      script({
        'assessment.saveRubric': () => {
          throw new CloudError('RUBRIC_INVALID', '考评细则有误', [
            { path: 'aspects[1].items[0].max', message: '该项满分过高' },
            { path: 'bands', message: '红旗分数线不能低于85' },
            { path: 'meta', message: '细则版本冲突' }
          ])
        }
      })
    )
    await loaded()
    await tap('保存为新版本')
    expect(await screen.findByText('考评细则有误（共 3 处），已转到第一处，请按提示修改后再保存')).toBeTruthy()
    expect(errorsIn('[data-item="duty"]')).toEqual(['该项满分过高'])
    expect(screen.getByText('红旗分数线不能低于85')).toBeTruthy()
    expect(screen.getByText('细则版本冲突')).toBeTruthy()
    // an edit clears the server's verdict
    await typeIn('[data-item="duty"]', '分值', '30')
    expect(screen.queryByText('该项满分过高')).toBeNull()
  })

  it('adds a veto item and refuses bands out of order', async () => {
    answerCloud(script())
    await loaded()
    await tap('添加否决项')
    await tap('保存为新版本')
    expect(errorsIn('[data-veto="veto-1"]')).toEqual(['请填写否决项名称'])
    await typeIn('.rubric', '黄旗分数线', '95')
    expect(screen.getByText('分数线须满足 红旗 > 黄旗 > 蓝旗')).toBeTruthy()
  })

  it('opens an older version to view and edit from', async () => {
    answerCloud(script())
    await loaded()
    await tap('第 1 版 2026-09-01')
    expect(calls('getRubric')).toEqual([{ action: 'getRubric', rubricId: 'c1:v1' }])
    expect(await screen.findByText(/第 1 版，2026-09-01 10:00 保存/)).toBeTruthy()
    expect(document.querySelector<HTMLInputElement>('input[placeholder="如 党员量化考评细则"]')!.value).toBe('旧细则')
  })

  it('starts with the aspects folded: a line each (name, items, points), unfolded one by one or all', async () => {
    answerCloud(script())
    render(<AssessRubricPage />)
    await screen.findByText('考评方面与考评项')
    expect(Array.from(document.querySelectorAll('.rubric__aspect-head')).map((e) => e.textContent)).toEqual([
      '方面 1：政治学习2 项 · 70 分展开',
      '方面 2：岗位建功1 项 · 30 分展开'
    ])
    expect(document.querySelector('[data-item]')).toBeNull()
    await tap('方面 2：岗位建功')
    expect(document.querySelector('[data-item="duty"]')).toBeTruthy()
    expect(document.querySelector('[data-item="study"]')).toBeNull()
    await tap('全部展开')
    expect(document.querySelectorAll('[data-item]')).toHaveLength(3)
    await tap('全部收起')
    expect(document.querySelectorAll('[data-item]')).toHaveLength(0)
  })

  it('a failed save opens the aspects with problems and scrolls to the first one, not to the summary at the bottom', async () => {
    answerCloud(script())
    await loaded()
    await typeIn('[data-item="duty"]', '考评项名称', '')
    await typeIn('.rubric', '黄旗分数线', '95')
    await tap('全部收起')
    await tap('保存为新版本')
    // the problem in 岗位建功 comes before the bands' in the page: its aspect opens, the page goes there
    expect(errorsIn('[data-item="duty"]')).toEqual(['请填写考评项名称'])
    expect(document.querySelector('[data-item="study"]')).toBeNull()
    expect(document.querySelector('[data-aspect="work"] .rubric__aspect-meta')!.textContent).toBe('1 项 · 30 分 · 1 处有误')
    expect(scroll).toHaveBeenLastCalledWith({ selector: '#rb-a1-i0', duration: 300 })
    expect(document.querySelector('#rb-a1-i0')!.getAttribute('data-item')).toBe('duty')
    // fixed there: the next save goes to the bands
    await typeIn('[data-item="duty"]', '考评项名称', '履职尽责')
    await tap('保存为新版本')
    expect(scroll).toHaveBeenLastCalledWith({ selector: '#rb-bands', duration: 300 })
    expect(calls('saveRubric')).toHaveLength(0)
  })

  it('goes to the first of the server’s problems too (an unplaced one: the list above the save button)', async () => {
    answerCloud(
      script({
        'assessment.saveRubric': () => {
          throw new CloudError('RUBRIC_INVALID', '考评细则有误', [
            { path: 'bands', message: '红旗分数线不能低于85' },
            { path: 'aspects[0].items[1].criteria', message: '请写明计算方法' }
          ])
        }
      })
    )
    render(<AssessRubricPage />)
    await screen.findByText('考评方面与考评项')
    await tap('保存为新版本')
    expect(await screen.findByText('请写明计算方法')).toBeTruthy()
    expect(scroll).toHaveBeenLastCalledWith({ selector: '#rb-a0-i1', duration: 300 })
    expect(document.querySelector('[data-item="meet"]')).toBeTruthy()
  })

  it('opens on the newest saved version from the list alone (one call), or asks for the default when none is saved', async () => {
    answerCloud(script())
    await loaded()
    expect(calls('getRubric')).toEqual([])
    expect(calls('listRubrics')).toHaveLength(1)
  })

  it('asks for the default rubric when the committee has saved none', async () => {
    answerCloud(script({ 'assessment.listRubrics': () => ({ rubrics: [] }) }))
    render(<AssessRubricPage />)
    await waitFor(() => expect(calls('getRubric')).toEqual([{ action: 'getRubric' }]))
  })

  it('is for committee staff only', async () => {
    answerCloud(script({ 'member.whoami': () => whoSecretary() }))
    render(<AssessRubricPage />)
    expect(await screen.findByText('考评细则由党委工作人员维护，您没有编辑权限')).toBeTruthy()
    expect(calls('getRubric')).toHaveLength(0)
  })
})
