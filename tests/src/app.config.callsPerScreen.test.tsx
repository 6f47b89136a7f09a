// Cloud calls per screen open, for EVERY page of the app (app.config.ts): each page is mounted with the
// transport mocked (answers shaped like the API), left to settle, and its `callCloud` calls counted.
// The session already knows the caller (src/core/caller.ts: sign-in asked whoami, as in the app); the
// printed table is the one in docs/client.md. A page added to app.config.ts without a row here fails.
// `npx jest -c tests/jest/component.config.js tests/src/app.config.callsPerScreen.test.tsx` prints it.
jest.mock('@/core/cloud', () => ({ ...jest.requireActual('@/core/cloud'), callCloud: jest.fn() }))
import '@tests/src/helpers/appConfigGlobal'
import appConfig from '@/app.config'
import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import { createElement, type ComponentType } from 'react'
import { callCloud } from '@/core/cloud'
import { rememberCaller } from '@/core/caller'
import { RATED_EVENT } from '@/assessment/routes'
import type { WhoamiResult } from '@shared/member/api'
import { answerCloud } from '@tests/src/helpers/cloudMock'
import { card, orgList, roster, unboundCard, whoMember, whoSecretary, whoStaff } from '@tests/src/helpers/fixtures'
import {
  board,
  deskPeriod,
  deskRubric,
  memberResult,
  period,
  progress,
  publishedPeriod,
  results,
  rubric,
  targets
} from '@tests/src/helpers/assessFixtures'
import { attendance, ledger, myActivity, organised, stationCode } from '@tests/src/helpers/checkinFixtures'
import { restoreTaroStubs, spyNavigation } from '@tests/src/helpers/taroSpies'
import { stubStorage } from '@tests/src/helpers/taroStorage'
import { card as commitCard, myCard, queue, selfCheck, task, template, version, wall } from '@tests/src/helpers/commitFixtures'
import { fiftyYearsResult, greeting, sevenOnesSheet, upcomingResult } from '@tests/src/helpers/birthdayFixtures'
import {
  analysis,
  branchStats,
  committeeStats,
  myStudyResult,
  myTask,
  studyPlan,
  studyReport,
  studyTask
} from '@tests/src/helpers/studyFixtures'
import { detail as voiceDetail, listResult as voiceList, statsResult as voiceStats } from '@tests/src/helpers/voiceFixtures'

const GROUPS = [
  { id: 'g1', name: '一组' },
  { id: 'g2', name: '二组' }
]

const RATING = period({ _id: 'p1', memberIds: ['m1', 'm2', 'm3'] })
const PUBLISHED = publishedPeriod({
  _id: 'p0',
  name: '2026年第三季度',
  memberIds: ['m1', 'm2', 'm3'],
  openedAt: '2026-07-01T01:00:00.000Z'
})

/** Answers for every read a page makes on open. */
function answers(who: WhoamiResult | null) {
  return {
    'member.whoami': () => who ?? { bound: false },
    'member.card': (e: { memberId?: string }) => (e.memberId ? unboundCard() : card()),
    'member.roster': (e: { orgId?: string }) => roster(e.orgId ?? 'b1'),
    'member.orgTree': () => ({ orgs: orgList }),
    'checkin.listActivities': (e: { view?: string }) =>
      e.view === 'organiser'
        ? { activities: [organised()] }
        : { upcoming: [myActivity({ phase: 'open' })], past: [myActivity({ _id: 'a1', phase: 'ended' })] },
    'checkin.listStations': () => ({ stations: [] }),
    'checkin.stationCode': () => stationCode(),
    'checkin.attendance': () => attendance(),
    'checkin.ledger': () => ledger(),
    'assessment.listPeriods': () => ({ periods: [RATING, PUBLISHED] }),
    'assessment.myPeriods': () => ({
      periods: [
        { period: RATING, desk: false, targets: targets(), result: null },
        { period: PUBLISHED, desk: false, targets: null, result: memberResult() }
      ]
    }),
    'assessment.rateTargets': () => ({ period: RATING, rubric: rubric(), targets: targets() }),
    'assessment.memberResult': () => ({
      period: PUBLISHED,
      rubric: rubric(),
      result: memberResult(),
      averages: [],
      objection: null,
      talk: null
    }),
    'assessment.getRubric': () => ({ rubric: deskRubric() }),
    'assessment.listRubrics': () => ({ rubrics: [deskRubric()] }),
    'assessment.board': () => ({ period: PUBLISHED, entries: board(), flags: { red: 1, yellow: 1, blue: 1, grey: 0 } }),
    'assessment.getPeriod': () => ({
      period: deskPeriod({ ...PUBLISHED, rubricId: 'c1:v2', memberIds: ['r1', 'r2', 'r3'] }),
      rubric: deskRubric(),
      progress,
      canManage: true,
      massesCodesIssued: 0,
      results,
      averages: [],
      objections: [],
      talks: []
    }),
    'assessment.results': () => ({ period: PUBLISHED, results, averages: [] }),
    'assessment.listObjections': () => ({ objections: [] }),
    'assessment.listTalks': () => ({ talks: [] }),
    'assessment.overview': () => ({ name: null, names: [], branches: [], totals: { red: 0, yellow: 0, blue: 0, grey: 0 } }),
    'commitment.myCard': () =>
      myCard({
        card: commitCard({ status: 'approved', approvedVersion: 1, lastVersion: 1 }),
        versions: [version({ decision: 'approved' })],
        window: { quarter: 4, from: '2026-12-17', to: '2027-01-15' }
      }),
    'commitment.getCard': () => ({
      card: commitCard({ status: 'submitted' }),
      versions: [version()],
      checks: [selfCheck()],
      template: template(),
      tasks: [task()]
    }),
    'commitment.reviewQueue': () => queue(),
    'commitment.listTasks': () => ({ tasks: [task()] }),
    'commitment.wall': () => wall(),
    'commitment.publicWall': () => wall(),
    'commitment.getTemplate': () => ({ template: template(), versions: [template()] }),
    'commitment.completion': () => ({
      year: 2026,
      rows: [{ orgId: 'b1', orgName: '第一养护站党支部', members: 10, approved: 8, checksAccepted: 5 }]
    }),
    'assessment.massesForm': () => ({
      period: { _id: 'p1', name: RATING.name, orgName: RATING.orgName, ratingDeadline: RATING.ratingDeadline },
      items: [rubric().aspects[1].items[0]],
      members: [{ memberId: 'm1', name: '王芳' }]
    }),
    'birthday.myGreeting': () => ({ greetings: [greeting()] }),
    'birthday.openGreeting': () => ({ greeting: greeting({ openedAt: '2026-07-01T01:00:00.000Z' }) }),
    'birthday.upcoming': () => upcomingResult(),
    'birthday.sevenOnes': () => sevenOnesSheet(),
    'birthday.fiftyYears': () => fiftyYearsResult(2026),
    'study.myStudy': () => myStudyResult(),
    'study.getTask': () => myTask(),
    'study.myAnalysis': () => ({
      analysis: null,
      window: { year: 2026, quarter: 1, from: '2026-03-01', due: '2026-04-15' },
      prefill: { orgLife: '本季度应参加组织生活 3 次，实际签到 2 次。', orgLifeCount: { present: 2, expected: 3 } }
    }),
    'study.getPlan': () => ({ plan: studyPlan(), tasks: [studyTask()], canEdit: true, groups: GROUPS, studyActivities: [] }),
    'study.reportQueue': () => ({ reports: [studyReport()], tasks: [studyTask()] }),
    'study.analysisQueue': () => ({ analyses: [analysis()] }),
    'study.branchStats': () => branchStats(),
    'study.committeeStats': () => committeeStats(),
    'voice.list': () => voiceList(),
    'voice.get': () => voiceDetail(),
    'voice.stats': () => voiceStats(),
    'care.todo': () => ({ todos: [], weeks: 8, members: [] }),
    'care.occasions': () => ({
      occasions: [{ id: 'talk-1', kind: 'talk', name: '思想波动时' }],
      isDefault: true,
      committeeId: 'c1',
      noCheckinWeeks: 8
    }),
    'care.records': () => ({ memberName: '王芳', records: [], canRecord: false, occasions: [], canFlag: false, hardship: null })
  }
}

type Persona = 'none' | 'member' | 'secretary' | 'staff'
const WHO: Record<Persona, () => WhoamiResult | null> = {
  none: () => null,
  member: () => whoMember(),
  secretary: () => whoSecretary(['b1']),
  staff: () => whoStaff()
}

interface Screen {
  route: string
  who: Persona
  params?: Record<string, string>
  /** Calls on open today: the budget this test holds the page to. */
  budget: number
  /** Why more than one call, where the data does not allow one. */
  why?: string
}

/** Every page of app.config.ts, as its user opens it. */
const SCREENS: Screen[] = [
  { route: 'pages/login/index', who: 'none', budget: 0, why: 'H5 lists the demo people (/dev/people, not a cloud call); weapp: whoami' },
  { route: 'pages/home/index', who: 'member', budget: 0, why: 'the caller sign-in asked for (a fresh one after a minute or a write)' },
  { route: 'pages/card/index', who: 'member', budget: 1 },
  { route: 'pages/checkin/index', who: 'member', budget: 1 },
  { route: 'pages/activities/index', who: 'member', budget: 1 },
  { route: 'member/pages/roster/index', who: 'secretary', budget: 1 },
  { route: 'member/pages/member/index', who: 'secretary', params: { id: 'r2' }, budget: 1 },
  { route: 'member/pages/orgs/index', who: 'staff', budget: 1 },
  { route: 'member/pages/import/index', who: 'staff', budget: 0 },
  { route: 'checkin/pages/activities/index', who: 'secretary', budget: 1 },
  { route: 'checkin/pages/newActivity/index', who: 'secretary', budget: 1 },
  { route: 'checkin/pages/station/index', who: 'secretary', params: { id: 'a0k3z9x1q2' }, budget: 1 },
  { route: 'checkin/pages/attendance/index', who: 'secretary', params: { id: 'a0k3z9x1q2' }, budget: 1 },
  { route: 'checkin/pages/ledger/index', who: 'staff', budget: 1 },
  {
    route: 'assessment/pages/my/index',
    who: 'member',
    budget: 1,
    why: 'myPeriods: every period with its tasks or my result'
  },
  { route: 'assessment/pages/rate/index', who: 'member', params: { periodId: 'p1', memberId: 'm2', source: 'peer' }, budget: 1 },
  { route: 'assessment/pages/masses/index', who: 'none', params: { code: 'QX7K2M9P' }, budget: 1 },
  { route: 'assessment/pages/board/index', who: 'member', params: { periodId: 'p0' }, budget: 1 },
  {
    route: 'assessment/pages/result/index',
    who: 'member',
    params: { periodId: 'p0' },
    budget: 1
  },
  { route: 'assessment/pages/periods/index', who: 'secretary', budget: 1 },
  {
    route: 'assessment/pages/period/index',
    who: 'secretary',
    params: { periodId: 'p0' },
    budget: 1,
    why: 'published: getPeriod carries the results, objections and talks'
  },
  // the batch just issued, handed over in memory: nothing to load
  { route: 'assessment/pages/massesSheet/index', who: 'secretary', params: { periodId: 'p1' }, budget: 0 },
  { route: 'assessment/pages/rubric/index', who: 'staff', budget: 1 },
  { route: 'assessment/pages/overview/index', who: 'staff', budget: 1 },
  { route: 'commitment/pages/my/index', who: 'member', budget: 1 },
  { route: 'commitment/pages/check/index', who: 'member', budget: 1 },
  { route: 'commitment/pages/wall/index', who: 'member', budget: 1 },
  { route: 'commitment/pages/public/index', who: 'none', params: { token: 'wT0k3n' }, budget: 1 },
  { route: 'commitment/pages/queue/index', who: 'secretary', budget: 1 },
  { route: 'commitment/pages/review/index', who: 'secretary', params: { cardId: 'r1:2026' }, budget: 1 },
  { route: 'commitment/pages/tasks/index', who: 'secretary', params: { orgId: 'b1' }, budget: 1 },
  { route: 'commitment/pages/template/index', who: 'staff', budget: 1 },
  { route: 'commitment/pages/completion/index', who: 'staff', budget: 1 },
  {
    route: 'birthday/pages/greeting/index',
    who: 'member',
    params: { greetingId: 'm1:2026' },
    budget: 2,
    why: 'first open only: openGreeting stamps the greeting opened (later opens: myGreeting alone)'
  },
  { route: 'birthday/pages/upcoming/index', who: 'secretary', params: { orgId: 'b1' }, budget: 1 },
  { route: 'birthday/pages/sevenOnes/index', who: 'secretary', params: { memberId: 'r2', year: '2026' }, budget: 1 },
  { route: 'birthday/pages/fiftyYears/index', who: 'staff', budget: 1 },
  // whoami asked fresh: the consents left change with every message sent
  { route: 'birthday/pages/reminders/index', who: 'member', budget: 1 },
  { route: 'study/pages/my/index', who: 'member', budget: 1 },
  { route: 'study/pages/report/index', who: 'member', params: { taskId: 'b1:2026:mar-1' }, budget: 1 },
  { route: 'study/pages/analysis/index', who: 'member', budget: 1 },
  { route: 'study/pages/plan/index', who: 'secretary', budget: 1 },
  { route: 'study/pages/reports/index', who: 'secretary', budget: 1 },
  { route: 'study/pages/analyses/index', who: 'secretary', budget: 1 },
  { route: 'study/pages/stats/index', who: 'secretary', budget: 1 },
  { route: 'study/pages/committeeStats/index', who: 'staff', budget: 1 },
  { route: 'voice/pages/mine/index', who: 'member', budget: 1 },
  // the sheet: nothing to load (photos upload as they are chosen; one call to send)
  { route: 'voice/pages/new/index', who: 'member', budget: 0 },
  { route: 'voice/pages/detail/index', who: 'member', params: { id: `s${'a'.repeat(24)}` }, budget: 1 },
  { route: 'voice/pages/branch/index', who: 'secretary', budget: 1 },
  { route: 'voice/pages/stats/index', who: 'secretary', budget: 1 },
  { route: 'care/pages/todo/index', who: 'secretary', budget: 1 },
  { route: 'care/pages/member/index', who: 'secretary', params: { memberId: 'm1' }, budget: 1 },
  { route: 'care/pages/occasions/index', who: 'staff', budget: 1 }
]

/** Every route of app.config.ts (main package, then subpackages). */
function routes(): string[] {
  const cfg = appConfig as unknown as { pages: string[]; subPackages: Array<{ root: string; pages: string[] }> }
  return [...cfg.pages, ...cfg.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

/** 40 ms of the fake clock, letting the page's calls and renders run. */
const tick = () =>
  act(async () => {
    await jest.advanceTimersByTimeAsync(40)
  })

/**
 * Wait until no new call has come for a few ticks (a page's follow-up loads included), on the fake clock
 * and never past 2 s of it: the station screen polls every 3 s, which is not part of opening it.
 */
async function settle(): Promise<void> {
  const mock = callCloud as unknown as jest.Mock
  let last = -1
  let quiet = 0
  for (let i = 0; i < 50 && quiet < 5; i++) {
    await tick()
    quiet = mock.mock.calls.length === last ? quiet + 1 : 0
    last = mock.mock.calls.length
  }
}

const measured: Array<{ route: string; calls: string[] }> = []

beforeEach(() => {
  jest.useFakeTimers()
  process.env.TARO_ENV = 'h5'
  spyNavigation()
  stubStorage()
  // jsdom has no 2D context (the greeting card's canvas): none, rather than its not-implemented error
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
  ;(globalThis as any).fetch = jest.fn(async () => ({ status: 200, json: async () => ({ ok: true, data: { people: [] } }) }))
})
afterEach(() => {
  jest.useRealTimers()
  jest.restoreAllMocks()
  restoreTaroStubs()
})
afterAll(() => {
  const rows = measured.map((m) => `| ${m.route} | ${m.calls.length} | ${m.calls.join(', ') || '—'} |`)
  console.log(['| page | calls | which |', '|---|---|---|', ...rows].join('\n'))
})

describe('cloud calls per screen open', () => {
  it('has a row for every page of app.config.ts', () => {
    expect(SCREENS.map((s) => s.route).sort()).toEqual(routes().sort())
  })

  it.each(SCREENS)('$route opens with at most $budget call(s)', async (s) => {
    const who = WHO[s.who]()
    answerCloud(answers(who))
    if (who) rememberCaller(who)
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: s.params ?? {}, path: `/${s.route}` } } as any)
    const Page = require(`@/${s.route}`).default as ComponentType
    const { unmount } = render(createElement(Page))
    await settle()
    const calls = (callCloud as unknown as jest.Mock).mock.calls.map(([fn, e]) => `${fn}.${e.action}`)
    measured.push({ route: s.route, calls })
    unmount()
    expect(calls.length).toBeLessThanOrEqual(s.budget)
  })
})

describe('calls around the screens', () => {
  it('a rating saved on the form: the 我的考评 below it reloads nothing', async () => {
    answerCloud(answers(whoMember()))
    rememberCaller(whoMember())
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {}, path: '/assessment/pages/my/index' } } as any)
    const Page = require('@/assessment/pages/my').default as ComponentType
    render(createElement(Page))
    await settle()
    const mock = callCloud as unknown as jest.Mock
    const before = mock.mock.calls.length
    await act(async () => {
      Taro.eventCenter.trigger(RATED_EVENT, { periodId: 'p1', memberId: 'm2', source: 'peer' })
    })
    await settle()
    expect(mock.mock.calls.slice(before).map(([fn, e]) => `${fn}.${e.action}`)).toEqual([])
  })

  it('signing in (weapp: whoami) then home: one whoami in all', async () => {
    process.env.TARO_ENV = 'weapp'
    answerCloud(answers(whoMember()))
    jest.spyOn(Taro, 'getCurrentInstance').mockReturnValue({ router: { params: {}, path: '/pages/login/index' } } as any)
    const Login = require('@/pages/login/index').default as ComponentType
    const login = render(createElement(Login))
    await settle()
    login.unmount()
    const Home = require('@/pages/home/index').default as ComponentType
    render(createElement(Home))
    expect(await screen.findByText('王芳，您好')).toBeTruthy()
    await settle()
    expect((callCloud as unknown as jest.Mock).mock.calls.map(([fn, e]) => `${fn}.${e.action}`)).toEqual(['member.whoami'])
  })
})
