jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import QRCode from 'qrcode'
import AssessPeriodPage from '@/assessment/pages/period'
import { CloudError } from '@/core/cloud'
import { forgetCaller } from '@/core/caller'
import { clock } from '@/assessment/desk'
import { modulesFromSvg } from '@/core/components/QrCode/qrSvg'
import { answerCloud as answerScript, calls, fail } from '@tests/src/helpers/cloudMock'
import { tap, tapIn, typeInto, typeIntoTextarea } from '@tests/src/helpers/dom'
import { roster, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import {
  deskObjection as objection,
  deskPeriod as period,
  deskRubric as rubric,
  deskTalk as talk,
  progress,
  results
} from '@tests/src/helpers/assessFixtures'
import { spyNavigation } from '@tests/src/helpers/taroSpies'
import { inputsRendered } from '@tests/src/helpers/assessInputs'
import type { OrgRater, Period, RatingProgress } from '@shared/assessment/api'
import { TextEncoder } from 'node:util'

// Browsers have TextEncoder (qrcode encodes the URL's bytes with it); this jsdom does not.
;(globalThis as any).TextEncoder ??= TextEncoder

let nav: ReturnType<typeof spyNavigation>
function route(params: Record<string, string>) {
  jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params, path: '/assessment/pages/period/index' } } as any)
}
beforeEach(() => {
  nav = spyNavigation()
  route({ periodId: 'p1' })
  // 2027-01-10 10:00 CST
  jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-10T02:00:00.000Z'))
})
let undo: Array<() => void> = []
const afterThis = (f: () => void) => undo.push(f)
afterEach(() => {
  jest.restoreAllMocks()
  process.env.TARO_ENV = 'h5'
  for (const f of undo) f()
  undo = []
})

/** The branch committee of b1: the secretary 李书记 (m1, whoSecretary), a deputy and a committee member. */
const orgRaters: OrgRater[] = [
  { memberId: 'm1', name: '李书记', role: 'secretary' },
  { memberId: 'd1', name: '王副书记', role: 'deputy' },
  { memberId: 'c1', name: '刘支委', role: 'committeeMember' }
]

/** A period on the server whose status the scripted actions move on. */
/**
 * The desk opens with one call: getPeriod carries the results (once computed), objections and talks (once
 * published), answered here from the same script's results/listObjections/listTalks (used again after a change).
 */
function oneCall(script: Record<string, (e: any) => any>) {
  const base = script['assessment.getPeriod']
  if (!base) return script
  const list = (action: string, key: string, e: object) => (script[`assessment.${action}`] ? script[`assessment.${action}`](e)[key] : [])
  return {
    ...script,
    'assessment.getPeriod': (e: { periodId: string }) => {
      const got = base(e)
      const p: Period = got.period
      const computed = p.status === 'published' || (p.status === 'closed' && !!p.computedAt)
      const published = p.status === 'published'
      const res = computed ? script['assessment.results']({ action: 'results', periodId: e.periodId }) : null
      return {
        ...got,
        results: res ? res.results : null,
        averages: res ? res.averages : null,
        objections: published ? list('listObjections', 'objections', { action: 'listObjections', periodId: e.periodId }) : null,
        talks: published ? list('listTalks', 'talks', { action: 'listTalks', orgId: p.orgId, periodId: e.periodId }) : null
      }
    }
  }
}
const answerCloud = (script: Record<string, (e: any) => any>) => answerScript(oneCall(script))

function desk(start: Partial<Period> = {}, who = whoSecretary(), canManage = true, rows = progress) {
  const state = { period: period(start) }
  const set = (patch: Partial<Period>) => {
    state.period = { ...state.period, ...patch }
  }
  return {
    state,
    set,
    script: {
      'member.whoami': () => who,
      'assessment.getPeriod': () => ({
        period: state.period,
        rubric: rubric(),
        progress: rows,
        canManage,
        massesCodesIssued: 3,
        massesCodesUsed: 1,
        orgRaters
      }),
      'assessment.results': () => ({ period: state.period, results, averages: [] }),
      'assessment.listObjections': () => ({ objections: [] }),
      'assessment.listTalks': () => ({ talks: [] })
    } as Record<string, (e: any) => unknown>
  }
}

/** The results table is on the desk (its names are in the progress table too). */
const resultsShown = () =>
  waitFor(() => expect(Array.from(document.querySelectorAll('.ao-results__name')).map((e) => e.textContent)).toContain('张伟'))

const text = (sel: string) => Array.from(document.querySelectorAll(sel)).map((e) => e.textContent)

describe('desk while rating', () => {
  // 2027-01-05 10:00 CST, before the deadline (2027-01-07 18:00)
  beforeEach(() => jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-05T02:00:00.000Z')))

  it('shows the period and each member’s progress (counts only), marking missing organisation ratings', async () => {
    const d = desk()
    answerCloud(d.script)
    render(<AssessPeriodPage />)
    await screen.findByText('2026年第四季度')
    expect(screen.getByText('评分截止 2027-01-07 18:00（北京时间）')).toBeTruthy()
    expect(screen.getByText('共 3 人 · 自评 2/3 · 互评 3/6 · 群众评分 3 份 · 组织评分 1/3')).toBeTruthy()
    expect(screen.getByText('尚无组织评分：赵敏、孙强（计算结果前须全部完成）')).toBeTruthy()
    expect(text('.ao-progress__row:not(.ao-progress__row--head)')).toEqual([
      '张伟✓2/21✓修改组织评分',
      '赵敏—1/20—组织评分',
      '孙强✓0/22—组织评分'
    ])
    expect(document.querySelectorAll('.ao-progress__row--missing')).toHaveLength(2)
    expect(calls('getPeriod')).toEqual([{ action: 'getPeriod', periodId: 'p1' }])
  })

  it('reloads the progress when an organisation rating is saved on the form above it', async () => {
    const d = desk()
    let rated = false
    answerCloud({
      ...d.script,
      'assessment.getPeriod': () => ({
        period: d.state.period,
        rubric: rubric(),
        progress: rated ? progress.map((p) => ({ ...p, org: 1 })) : progress,
        canManage: true,
        massesCodesIssued: 3
      })
    })
    render(<AssessPeriodPage />)
    await screen.findByText('尚无组织评分：赵敏、孙强（计算结果前须全部完成）')
    rated = true
    await act(async () => {
      Taro.eventCenter.trigger('assessment:rated', { periodId: 'p1', memberId: 'r2', source: 'org' })
    })
    await waitFor(() => expect(screen.queryByText(/^尚无组织评分/)).toBeNull())
    expect(calls('getPeriod')).toHaveLength(2)
  })

  it('links to the rate page as the organisation', async () => {
    answerCloud(desk().script)
    render(<AssessPeriodPage />)
    await tapIn('[data-member="r2"]', '组织评分')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=r2&source=org' })
  })

  it('issues masses codes, each shown large with a QR encoding the H5 masses page for that code', async () => {
    const d = desk()
    answerCloud({
      ...d.script,
      'assessment.issueMassesCodes': () => ({ codes: ['K7M2Q9XA', 'H3JD8W2P'], expiresAt: '2027-01-07T10:00:00.000Z' })
    })
    render(<AssessPeriodPage />)
    await screen.findByText('已发放 3 个。每码一次有效，群众无需账号。')
    await inputsRendered()
    await act(async () => {
      await typeInto('1-50', '2')
    })
    await tap('发放群众参评码')
    expect(calls('issueMassesCodes')).toEqual([{ action: 'issueMassesCodes', periodId: 'p1', count: 2 }])
    expect(await screen.findByText('K7M2 Q9XA')).toBeTruthy()
    expect(screen.getByText('H3JD 8W2P')).toBeTruthy()
    expect(screen.getByText(/有效期至 2027-01-07 18:00（北京时间）/)).toBeTruthy()

    const img = document.querySelector<HTMLImageElement>('[data-code="K7M2Q9XA"] img')!
    const url = `${window.location.origin}/#/assessment/pages/masses/index?code=K7M2Q9XA`
    // the address is in the QR and data-url, never printed
    expect(screen.queryByText(url)).toBeNull()
    expect(document.body.textContent).not.toContain('http')
    expect(document.querySelector('[data-code="K7M2Q9XA"] [data-url]')!.getAttribute('data-url')).toBe(url)
    const svg = decodeURIComponent(img.getAttribute('src')!.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''))
    const drawn = modulesFromSvg(svg)
    const expected = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules
    expect(drawn.size).toBe(expected.size)
    const dark = new Set<string>()
    for (let r = 0; r < expected.size; r++) for (let c = 0; c < expected.size; c++) if (expected.get(r, c)) dark.add(`${r},${c}`)
    expect(drawn.dark).toEqual(dark)
    // the second code's QR is a different picture
    const other = document.querySelector<HTMLImageElement>('[data-code="H3JD8W2P"] img')!
    expect(other.getAttribute('src')).not.toBe(img.getAttribute('src'))
  })

  it('offers the printable sheet of the codes just issued (they are in memory only)', async () => {
    const d = desk()
    answerCloud({ ...d.script, 'assessment.issueMassesCodes': () => ({ codes: ['K7M2Q9XA3B'], expiresAt: '2027-01-07T10:00:00.000Z' }) })
    render(<AssessPeriodPage />)
    await screen.findByText('已发放 3 个。每码一次有效，群众无需账号。')
    expect(screen.queryByText('打印参评码条')).toBeNull()
    await tap('发放群众参评码')
    await tap('打印参评码条')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/massesSheet/index?periodId=p1' })
  })

  it('refuses a code count outside 1..50 without calling', async () => {
    answerCloud(desk().script)
    render(<AssessPeriodPage />)
    await screen.findByText('发放群众参评码')
    await inputsRendered()
    await act(async () => {
      await typeInto('1-50', '60')
    })
    await tap('发放群众参评码')
    expect(screen.getByText('每次可发放1到50个参评码')).toBeTruthy()
    expect(calls('issueMassesCodes')).toHaveLength(0)
  })

  it('warns before closing: who has no organisation rating, the self, peer and masses ratings still missing', async () => {
    const d = desk()
    answerCloud({
      ...d.script,
      'assessment.closePeriod': () => ({ period: d.set({ status: 'closed', closedAt: '2027-01-05T03:00:00.000Z' }) })
    })
    render(<AssessPeriodPage />)
    await tap('截止评分')
    expect(calls('closePeriod')).toHaveLength(0)
    expect(screen.getByText('截止后党员和群众不能再评分或修改评分；组织评分在计算结果前仍可补评。')).toBeTruthy()
    expect(text('.desk__warn')).toEqual([
      '尚无组织评分 2 人：赵敏、孙强。截止后书记、副书记和支委仍可补评，全部完成才能计算结果。',
      '个人自评：1 人未评（已完成 2/3）。截止后不能再评。',
      '党员互评：还差 3 份（已完成 3/6）。截止后不能再评。',
      '群众参评码：已使用 1/3 个，未使用的 2 个截止后作废。'
    ])
    await tap('仍然截止评分')
    expect(calls('closePeriod')).toEqual([{ action: 'closePeriod', periodId: 'p1' }])
    expect(await screen.findByText('已截止')).toBeTruthy()
    expect(screen.getByText('计算结果')).toBeTruthy()
    // the organisation may still complete its ratings: the links stay
    expect(screen.getByText('评分已截止。尚无组织评分的 2 名党员，书记、副书记和支委仍可补评，全部完成后即可计算结果。')).toBeTruthy()
    expect(text('.ao-progress__rate')).toEqual(['修改组织评分', '组织评分', '组织评分'])
  })

  it('says so when every rating is in', async () => {
    const done: RatingProgress[] = progress.map((p) => ({ ...p, self: true, peer: p.peerExpected, org: 2 }))
    const d = desk({}, whoSecretary(), true, done)
    answerCloud({
      ...d.script,
      'assessment.getPeriod': () => ({ ...(d.script['assessment.getPeriod']({}) as object), massesCodesUsed: 3 })
    })
    render(<AssessPeriodPage />)
    await tap('截止评分')
    expect(text('.desk__warn')).toEqual([])
    expect(screen.getByText('各项评分均已完成。')).toBeTruthy()
    expect(screen.getByText('确认截止评分')).toBeTruthy()
  })

  it('on the secretary’s own row says who rates them instead of a link; a deputy rates everyone else, the secretary included', async () => {
    const rows: RatingProgress[] = [
      { memberId: 'm1', name: '李书记', self: true, peer: 1, peerExpected: 3, masses: 0, org: 0 },
      ...progress
    ]
    answerCloud(desk({}, whoSecretary(), true, rows).script)
    const view = render(<AssessPeriodPage />)
    await screen.findByText('评分进度')
    const own = document.querySelector('.ao-progress__row[data-member="m1"]')!
    expect(own.querySelector('.ao-progress__rate')).toBeNull()
    expect(own.querySelector('.ao-progress__by')!.textContent).toBe('由 王副书记（副书记）、刘支委（支委委员）组织评分')
    expect(document.querySelectorAll('.ao-progress__rate')).toHaveLength(3)
    view.unmount()
    forgetCaller() // another person opens the desk: the app's cached caller is theirs

    const deputy = { ...whoSecretary(), roles: [{ orgId: 'b1', role: 'deputy' as const }] }
    deputy.member = { ...deputy.member!, _id: 'd1', name: '王副书记', roles: deputy.roles }
    answerCloud(desk({}, deputy, false, rows).script)
    render(<AssessPeriodPage />)
    await screen.findByText('评分进度')
    expect(text('.ao-progress__rate')).toEqual(['组织评分', '修改组织评分', '组织评分', '组织评分'])
    await tapIn('.ao-progress__row[data-member="m1"]', '组织评分')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=m1&source=org' })
    expect(screen.queryByText('截止评分')).toBeNull()
  })

  it('past the deadline, offers no organisation rating until the secretary closes (the server would refuse)', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2027-01-08T02:00:00.000Z'))
    answerCloud(desk().script)
    render(<AssessPeriodPage />)
    await screen.findByText('评分进度')
    expect(document.querySelectorAll('.ao-progress__rate')).toHaveLength(0)
    expect(screen.getByText('截止评分')).toBeTruthy()
  })

  it('gives an org rater who cannot manage the progress but no secretary actions', async () => {
    const d = desk({}, whoSecretary(['b2']), false)
    answerCloud(d.script)
    render(<AssessPeriodPage />)
    await screen.findByText('评分进度')
    expect(screen.queryByText('截止评分')).toBeNull()
    expect(screen.queryByText('发放群众参评码')).toBeNull()
    expect(screen.queryByText('查看操作记录')).toBeNull()
  })
})

describe('desk after close', () => {
  it('names the members without an organisation rating when compute refuses, with a link to rate each', async () => {
    const d = desk({ status: 'closed' })
    answerCloud({
      ...d.script,
      'assessment.compute': () => {
        throw new CloudError('ORG_RATINGS_MISSING', '还有 2 名党员没有组织评分，不能计算', {
          members: [
            { memberId: 'r2', name: '赵敏' },
            { memberId: 'r3', name: '孙强' }
          ]
        })
      }
    })
    render(<AssessPeriodPage />)
    await tap('计算结果')
    expect(await screen.findByText('还有 2 名党员没有组织评分，不能计算')).toBeTruthy()
    expect(screen.getByText('以下 2 名党员还没有组织评分，不能计算结果：')).toBeTruthy()
    expect(text('.desk__missing-name')).toEqual(['赵敏', '孙强'])
    await tapIn('.desk__missing-row[data-member="r2"]', '去组织评分')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/rate/index?periodId=p1&memberId=r2&source=org' })
    expect(document.querySelector('.ao-results')).toBeNull()
  })

  it('says when results were computed before the period’s end (activities still to come left out)', async () => {
    answerCloud(desk({ status: 'closed', computedAt: '2026-12-01T02:00:00.000Z' }).script)
    render(<AssessPeriodPage />)
    expect(await screen.findByText('统计截至 12-01 10:00，期内尚未结束的活动不计入')).toBeTruthy()
  })

  it('once computed, offers no organisation rating (a change needs the committee to reopen)', async () => {
    answerCloud(desk({ status: 'closed', computedAt: '2027-01-08T02:00:00.000Z' }).script)
    render(<AssessPeriodPage />)
    await resultsShown()
    expect(document.querySelectorAll('.ao-progress__rate')).toHaveLength(0)
    expect(screen.queryByText(/仍可补评/)).toBeNull()
  })

  it('computes, shows total/flag/rank per member (a row opens the detail), then publishes after confirming', async () => {
    const d = desk({ status: 'closed' })
    answerCloud({
      ...d.script,
      'assessment.compute': () => ({ period: d.set({ computedAt: '2027-01-08T02:00:00.000Z' }), results }),
      'assessment.publish': () => {
        d.set({ status: 'published', publishedAt: '2027-01-10T02:00:00.000Z', publicityEndsAt: '2027-01-15T02:00:00.000Z' })
        return { period: d.state.period, talks: 2 }
      }
    })
    render(<AssessPeriodPage />)
    await tap('计算结果')
    expect(await screen.findByText('已计算 3 人的结果，请核对后发布')).toBeTruthy()
    expect(screen.getByText('考评结果（未发布，请核对）')).toBeTruthy()
    expect(text('.ao-results__row:not(.ao-results__row--head)')).toEqual(['1张伟92.5红旗', '2赵敏84.0黄旗', '3孙强68.5灰旗'])
    // computed on 2027-01-08, after the period (to 2026-12-31): nothing left out
    expect(document.querySelector('.desk__cutoff')).toBeNull()
    await tapIn('.ao-results', '赵敏')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/result/index?periodId=p1&memberId=r2' })
    await tap('发布公示')
    expect(calls('publish')).toHaveLength(0)
    expect(screen.getByText(/发布后结果在评比台公示 5 天/)).toBeTruthy()
    await tap('确认发布')
    expect(calls('publish')).toEqual([{ action: 'publish', periodId: 'p1' }])
    expect(await screen.findByText('已发布公示，生成谈话任务 2 个')).toBeTruthy()
    expect(screen.getByText('发布于 2027-01-10 10:00，公示至 2027-01-15 10:00')).toBeTruthy()
    expect(screen.queryByText('发布公示')).toBeNull()
  })

  it('shows the server’s refusal to publish twice and stays put', async () => {
    const d = desk({ status: 'closed', computedAt: '2027-01-08T02:00:00.000Z' })
    answerCloud({ ...d.script, 'assessment.publish': () => fail('PERIOD_STATE', '本期考评已发布，不能重复发布') })
    render(<AssessPeriodPage />)
    // the results table (张伟 is in the progress table too): the desk brings it in its one call
    await resultsShown()
    await tap('发布公示')
    await tap('确认发布')
    expect(await screen.findByText('本期考评已发布，不能重复发布')).toBeTruthy()
    expect(screen.getByText('已截止')).toBeTruthy()
  })
})

describe('desk after publish', () => {
  const published = {
    status: 'published' as const,
    computedAt: '2027-01-08T02:00:00.000Z',
    publishedAt: '2027-01-09T02:00:00.000Z',
    publicityEndsAt: '2027-01-14T02:00:00.000Z'
  }

  it('links to the board and answers an objection', async () => {
    const d = desk(published)
    let list = [objection()]
    answerCloud({
      ...d.script,
      'assessment.listObjections': () => ({ objections: list }),
      'assessment.answerObjection': (e) => {
        list = [objection({ status: 'answered', answer: e.answer, answeredAt: '2027-01-10T02:00:00.000Z' })]
        return { objection: list[0] }
      }
    })
    render(<AssessPeriodPage />)
    await tap('查看评比台')
    expect(nav.navigateTo).toHaveBeenCalledWith({ url: '/assessment/pages/board/index?periodId=p1' })
    expect(await screen.findByText('我的出勤率统计有误，10月15日我参加了主题党日')).toBeTruthy()
    expect(screen.getByText('待答复')).toBeTruthy()
    await tap('答复 孙强')
    await tap('提交答复')
    expect(screen.getByText('请填写答复内容')).toBeTruthy()
    await typeIntoTextarea('答复内容，如 经核实……', '  经核实，已更正出勤数据  ')
    await tap('提交答复')
    expect(calls('answerObjection')).toEqual([{ action: 'answerObjection', objectionId: 'o1', answer: '经核实，已更正出勤数据' }])
    expect(await screen.findByText('答复（2027-01-10 10:00）：经核实，已更正出勤数据')).toBeTruthy()
    expect(screen.getByText('已答复')).toBeTruthy()
  })

  it('lists talks overdue first and marked; assigns one to a branch committee member', async () => {
    const d = desk(published)
    let talks = [
      talk({ _id: 't1', name: '赵敏', dueAt: '2027-01-23T02:00:00.000Z' }),
      talk({ _id: 't2', memberId: 'r3', name: '孙强', flag: 'grey', total: 68.5, dueAt: '2027-01-08T02:00:00.000Z', overdue: true })
    ]
    const committee = roster('b1')
    committee.members[0].roles = [{ orgId: 'b1', role: 'committeeMember' }]
    committee.members[1].roles = [{ orgId: 'g1', role: 'groupLeader' }]
    answerCloud({
      ...d.script,
      'assessment.listTalks': () => ({ talks }),
      'member.roster': () => committee,
      'assessment.assignTalk': (e) => {
        talks = talks.map((t) => (t._id === e.talkId ? { ...t, talkerId: e.talkerId, talkerName: '张伟' } : t))
        return { talk: talks[0] }
      }
    })
    render(<AssessPeriodPage />)
    await screen.findByText('已逾期 2 天')
    expect(text('.ao-talk__name')).toEqual(['孙强', '赵敏'])
    expect(document.querySelector('.ao-talk--overdue')!.getAttribute('data-id')).toBe('t2')
    expect(screen.getByText('13 天后到期')).toBeTruthy()
    await tapIn('[data-id="t1"]', '指派谈话人')
    expect(calls('roster')).toEqual([{ action: 'roster', orgId: 'b1' }])
    // only members with a branch committee role at b1 are offered
    expect(text('.ao-talk__talker')).toEqual(['张伟'])
    await tapIn('[data-id="t1"]', '张伟')
    expect(calls('assignTalk')).toEqual([{ action: 'assignTalk', talkId: 't1', talkerId: 'r1' }])
    expect(await screen.findByText(/谈话人：张伟/)).toBeTruthy()
  })

  it('asks for every talk of the branch (orgId), not only the secretary’s own', async () => {
    const d = desk(published)
    answerCloud({
      ...d.script,
      'assessment.listTalks': (e) => ({ talks: e.orgId === 'b1' ? [talk({ talkerId: 'r1', talkerName: '张伟' })] : [] })
    })
    render(<AssessPeriodPage />)
    // a talk handed to a committee member still shows on the secretary's desk: every talk of the branch
    // comes with the desk's one call (as listTalks with the orgId answers), none is asked for separately
    expect(await screen.findByText(/谈话人：张伟/)).toBeTruthy()
    expect(calls('listTalks')).toEqual([])
    expect(calls('getPeriod')).toEqual([{ action: 'getPeriod', periodId: 'p1' }])
  })

  it('lets the talker record a talk: date (today by default), problems, shortfalls, plan', async () => {
    const d = desk(published)
    let talks = [talk()]
    answerCloud({
      ...d.script,
      'assessment.listTalks': () => ({ talks }),
      'assessment.recordTalk': ({ action, talkId, ...record }) => {
        talks = [talk({ status: 'recorded', record, recordedAt: '2027-01-10T02:00:00.000Z' })]
        return { talk: talks[0] }
      }
    })
    render(<AssessPeriodPage />)
    await tap('记录谈话')
    await inputsRendered()
    expect(document.querySelector('[data-field="talkDate"]')!.textContent).toBe('2027-01-10')
    await typeIntoTextarea('存在的主要问题', '学习主动性不够')
    await tap('保存谈话记录')
    expect(screen.getByText('请填写差距不足')).toBeTruthy()
    await typeIntoTextarea('与先进的差距和不足', '出勤率低于支部平均')
    await typeIntoTextarea('今后的整改方向和措施', '每月按时参加主题党日')
    await act(async () => {
      const picker = document.querySelector('[data-field="talkDate"]')!.closest('taro-picker-core')!
      fireEvent(picker, new CustomEvent('change', { detail: { value: '2027-01-09' } }))
    })
    await tap('保存谈话记录')
    expect(calls('recordTalk')).toEqual([
      {
        action: 'recordTalk',
        talkId: 't1',
        date: '2027-01-09',
        problems: '学习主动性不够',
        shortfalls: '出勤率低于支部平均',
        plan: '每月按时参加主题党日'
      }
    ])
    expect(await screen.findByText('已记录，待本人确认')).toBeTruthy()
    expect(screen.getByText('整改方向：每月按时参加主题党日')).toBeTruthy()
    expect(screen.queryByText('记录谈话')).toBeNull()
  })

  it('exports the results as an xlsx download in H5 (the bytes as sent)', async () => {
    const bytes = [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0xff, 0x80]
    const base64 = Buffer.from(bytes).toString('base64')
    const d = desk(published)
    answerCloud({
      ...d.script,
      'assessment.exportResults': () => ({
        fileName: '2026年第四季度 考评结果.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        base64,
        rowCount: 3,
        bytes: 8
      })
    })
    let blob: Blob | null = null
    ;(URL as any).createObjectURL = jest.fn((b: Blob) => {
      blob = b
      return 'blob:test/1'
    })
    ;(URL as any).revokeObjectURL = jest.fn()
    const clicks: Array<{ href: string; download: string }> = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download })
    })
    render(<AssessPeriodPage />)
    await tap('导出 Excel 表格')
    expect(calls('exportResults')).toEqual([{ action: 'exportResults', periodId: 'p1' }])
    expect(await screen.findByText('已导出 2026年第四季度 考评结果.xlsx（3 人）')).toBeTruthy()
    expect(clicks).toEqual([{ href: 'blob:test/1', download: '2026年第四季度_考评结果.xlsx' }])
    expect(blob!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    const read = await new Promise<ArrayBuffer>((resolve) => {
      const r = new FileReader()
      r.onload = () => resolve(r.result as ArrayBuffer)
      r.readAsArrayBuffer(blob!)
    })
    expect(Array.from(new Uint8Array(read))).toEqual(bytes)
  })

  it('exports in WeChat to USER_DATA_PATH and opens it in the document viewer', async () => {
    process.env.TARO_ENV = 'weapp'
    const d = desk(published)
    answerCloud({
      ...d.script,
      'assessment.exportResults': () => ({ fileName: 'results.xlsx', mimeType: 'x', base64: 'UEsDBA==', rowCount: 3, bytes: 4 })
    })
    const writeFile = jest.fn((o: any) => o.success())
    const openDocument = jest.fn().mockResolvedValue({ errMsg: 'openDocument:ok' })
    // The H5 Taro has no file system: install what WeChat provides, for this test only.
    const saved = { fs: (Taro as any).getFileSystemManager, open: (Taro as any).openDocument, env: (Taro as any).env }
    Object.assign(Taro, { getFileSystemManager: () => ({ writeFile }), openDocument, env: { USER_DATA_PATH: 'wxfile://usr' } })
    afterThis(() => Object.assign(Taro, { getFileSystemManager: saved.fs, openDocument: saved.open, env: saved.env }))
    render(<AssessPeriodPage />)
    await tap('导出 Excel 表格')
    await screen.findByText('已导出 results.xlsx（3 人）')
    expect(writeFile.mock.calls[0][0]).toMatchObject({ filePath: 'wxfile://usr/results.xlsx', data: 'UEsDBA==', encoding: 'base64' })
    expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://usr/results.xlsx', fileType: 'xlsx', showMenu: true })
  })

  it('shows the audit log in words: names (from the reply and the page), CST times, no ids, keys or JSON; one call', async () => {
    const d = desk(published)
    const key = '9c1f0e77aa33bb44cc55dd66ee77ff8899aabbccddeeff00112233445566778899'
    answerCloud({
      ...d.script,
      'assessment.auditLog': () => ({
        entries: [
          {
            _id: 'a1',
            periodId: 'p1',
            at: '2027-01-09T02:00:00.000Z',
            by: 'm1',
            action: 'publish',
            target: 'period',
            before: { status: 'closed' },
            after: { status: 'published', publicityEndsAt: '2027-01-14T02:00:00.000Z' }
          },
          {
            _id: 'a2',
            periodId: 'p1',
            at: '2026-12-01T01:30:00.000Z',
            by: 'peer',
            action: 'rate',
            target: `rating:p1:peer:${key}:r2`,
            before: null,
            after: null
          },
          {
            _id: 'a3',
            periodId: 'p1',
            at: '2027-01-09T02:00:00.000Z',
            by: 'm1',
            action: 'createTalk',
            target: 'talk:p1:r2',
            before: null,
            after: { status: 'assigned', flag: 'yellow', total: 84, talkerId: 'm03', dueAt: '2027-01-23T02:00:00.000Z' }
          }
        ],
        names: { m03: '王支委' }
      })
    })
    render(<AssessPeriodPage />)
    await tap('查看操作记录')
    expect(text('.ao-audit__row')).toEqual([
      '2027-01-09 10:00 · 李书记发布公示公示至 2027-01-14 10:00',
      '2026-12-01 09:30 · 党员互评（匿名）评分：赵敏（党员互评）',
      '2027-01-09 10:00 · 李书记生成谈话任务：赵敏黄旗 84 分，谈话人 王支委，2027-01-23 10:00 前完成'
    ])
    expect(calls('auditLog')).toHaveLength(1)
  })

  it('lets committee staff reopen a published period with a reason', async () => {
    const d = desk(published, whoStaff(), false)
    answerCloud({
      ...d.script,
      'assessment.reopenPeriod': () => ({ period: d.set({ status: 'closed', reopenedAt: '2027-01-10T02:00:00.000Z' }) })
    })
    render(<AssessPeriodPage />)
    await tap('重新开启本期考评')
    await tap('确认重新开启')
    expect(screen.getByText('请填写重新开启的原因')).toBeTruthy()
    expect(calls('reopenPeriod')).toHaveLength(0)
    await typeIntoTextarea('重新开启的原因，如 异议核实后需更正出勤数据', '孙强异议属实，需更正出勤')
    await tap('确认重新开启')
    expect(calls('reopenPeriod')).toEqual([{ action: 'reopenPeriod', periodId: 'p1', reason: '孙强异议属实，需更正出勤' }])
    expect(await screen.findByText('党委于 2027-01-10 10:00 重新开启')).toBeTruthy()
    expect(screen.getByText('已截止')).toBeTruthy()
  })

  it('offers a secretary no reopening', async () => {
    answerCloud(desk(published).script)
    render(<AssessPeriodPage />)
    await screen.findByText('查看评比台')
    expect(screen.queryByText('重新开启本期考评')).toBeNull()
  })
})

it('says so when the route has no period', async () => {
  route({})
  answerCloud(desk().script)
  render(<AssessPeriodPage />)
  expect(await screen.findByText('缺少考评编号，请从考评管理进入')).toBeTruthy()
  await waitFor(() => expect(calls('getPeriod')).toHaveLength(0))
})
