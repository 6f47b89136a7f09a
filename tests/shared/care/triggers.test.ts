import { careTodos, type CareFacts } from '@shared/care/triggers'

// 2026-06-10 10:00 CST.
const NOW = new Date('2026-06-10T02:00:00Z')
const d = (iso: string) => new Date(iso)
const base: CareFacts = {
  memberId: 'm1',
  name: '王芳',
  joinedAt: '2001-03-01',
  result: null,
  lastCheckinAt: d('2026-06-01T02:00:00Z'),
  countedSince: d('2025-01-01T00:00:00Z'),
  hardship: null,
  returnedAnalysis: null,
  lastTalkAt: null,
  lastVisitAt: null
}
const kinds = (f: Partial<CareFacts>) => careTodos({ ...base, ...f }, NOW).map((t) => t.kind)

describe('careTodos', () => {
  it.each<[string, Partial<CareFacts>, string[]]>([
    ['nothing to do', {}, []],
    [
      'a yellow flag, no talk since',
      { result: { periodName: '2026年第一季度', flag: 'yellow', publishedAt: d('2026-04-20T02:00:00Z') } },
      ['lowFlag']
    ],
    [
      'a grey flag, a talk recorded after publishing',
      { result: { periodName: 'Q1', flag: 'grey', publishedAt: d('2026-04-20T02:00:00Z') }, lastTalkAt: d('2026-04-25T02:00:00Z') },
      []
    ],
    [
      'a blue flag, the talk was before publishing',
      { result: { periodName: 'Q1', flag: 'blue', publishedAt: d('2026-04-20T02:00:00Z') }, lastTalkAt: d('2026-04-01T02:00:00Z') },
      ['lowFlag']
    ],
    ['a red flag', { result: { periodName: 'Q1', flag: 'red', publishedAt: d('2026-04-20T02:00:00Z') } }, []],
    ['last check-in 8 weeks ago (56 CST days)', { lastCheckinAt: d('2026-04-15T02:00:00Z') }, ['noCheckin']],
    ['last check-in 55 days ago', { lastCheckinAt: d('2026-04-16T02:00:00Z') }, []],
    ['never checked in, on the roster for a year', { lastCheckinAt: null }, ['noCheckin']],
    ['never checked in, on the roster for a week', { lastCheckinAt: null, countedSince: d('2026-06-03T02:00:00Z') }, []],
    ['a round 30th birthday in 20 days', { joinedAt: '1996-06-30' }, ['roundBirthday']],
    ['a 29th birthday in 20 days', { joinedAt: '1997-06-30' }, []],
    ['a round birthday 31 days ahead', { joinedAt: '1996-07-11' }, []],
    ['hardship, no visit since', { hardship: { since: d('2026-05-01T02:00:00Z'), note: '爱人住院' } }, ['hardship']],
    ['hardship, visited since', { hardship: { since: d('2026-05-01T02:00:00Z'), note: null }, lastVisitAt: d('2026-05-03T15:59:59Z') }, []],
    [
      'an analysis returned, no talk since',
      { returnedAnalysis: { year: 2026, quarter: 1, reason: '原因分析不具体', at: d('2026-04-20T02:00:00Z') } },
      ['analysisReturned']
    ],
    [
      'an analysis returned, a talk recorded after the verdict',
      {
        returnedAnalysis: { year: 2026, quarter: 1, reason: '原因分析不具体', at: d('2026-04-20T02:00:00Z') },
        lastTalkAt: d('2026-04-22T02:00:00Z')
      },
      []
    ],
    [
      'an analysis returned, the last talk was before the verdict',
      {
        returnedAnalysis: { year: 2026, quarter: 1, reason: '原因分析不具体', at: d('2026-04-20T02:00:00Z') },
        lastTalkAt: d('2026-04-01T02:00:00Z')
      },
      ['analysisReturned']
    ]
  ])('%s → %j', (_, f, want) => {
    expect(kinds(f)).toEqual(want)
  })

  it('says why in Chinese', () => {
    const todos = careTodos(
      {
        ...base,
        result: { periodName: '2026年第一季度', flag: 'yellow', publishedAt: d('2026-04-20T02:00:00Z') },
        lastCheckinAt: d('2026-03-01T02:00:00Z'),
        joinedAt: '1996-06-30',
        hardship: { since: d('2026-05-01T02:00:00Z'), note: '爱人住院' },
        returnedAnalysis: { year: 2026, quarter: 1, reason: '原因分析不具体', at: d('2026-04-20T02:00:00Z') }
      },
      NOW
    )
    expect(todos.map((t) => t.detail)).toEqual([
      '2026年第一季度：黄旗',
      '最近一次签到：2026-03-01，已超过 8 周',
      '2026-06-30 入党 30 周年',
      '困难情况：爱人住院',
      '2026年第1季度党性分析已返单：原因分析不具体'
    ])
  })
})
