/** @jest-environment node */
import { COMING_SOON, homeSections, TILES } from '@/home/layout'

const g = (role: string, orgId = 'b1') => ({ role, orgId }) as any
const MINE = ['card', 'checkin', 'activities', 'assess', 'commitment', 'study', 'voice', 'reminders']
const STUDY = ['studyPlan', 'studyReview', 'studyStats']
const COMMITTEE = [
  'orgs',
  'import',
  'ledger',
  'assessOverview',
  'rubric',
  'commitTemplate',
  'commitCompletion',
  'fiftyYears',
  'careOccasions',
  'studyCommitteePlan',
  'studyCommitteeStats'
]

describe('homeSections: each role’s own tools first', () => {
  it.each([
    ['plain member', [], [['mine', MINE]]],
    [
      'group leader',
      [g('groupLeader', 'g1')],
      [
        ['branch', ['orgActivities', 'studyReview']],
        ['mine', MINE]
      ]
    ],
    [
      'committee member',
      [g('committeeMember')],
      [
        ['branch', ['orgActivities', 'assessOrg', 'commitReview', 'birthdays', ...STUDY, 'voiceBranch']],
        ['mine', MINE]
      ]
    ],
    [
      'deputy',
      [g('deputy')],
      [
        ['branch', ['roster', 'orgActivities', 'assessOrg', 'commitReview', 'birthdays', ...STUDY, 'voiceBranch']],
        ['mine', MINE]
      ]
    ],
    [
      'secretary',
      [g('secretary')],
      [
        ['branch', ['roster', 'orgActivities', 'assessOrg', 'commitReview', 'birthdays', ...STUDY, 'voiceBranch', 'care']],
        ['mine', MINE]
      ]
    ],
    [
      'committee staff',
      [g('staff', 'c1')],
      [
        ['committee', COMMITTEE],
        ['mine', MINE]
      ]
    ],
    [
      'staff and a branch secretary',
      [g('staff', 'c1'), g('secretary', 'b2')],
      [
        ['committee', COMMITTEE],
        ['branch', ['roster', 'orgActivities', 'assessOrg', 'commitReview', 'birthdays', ...STUDY, 'voiceBranch', 'care']],
        ['mine', MINE]
      ]
    ],
    ['no roles at all', null, [['mine', MINE]]]
  ])('%s', (_n, roles, expected) => {
    expect(homeSections(roles).map((s) => [s.id, s.tiles])).toEqual(expected)
  })

  it('titles the sections and tiles in Chinese, with no Latin words', () => {
    const words = [
      ...homeSections([g('staff', 'c1'), g('secretary')]).map((s) => s.title),
      ...Object.values(TILES).flatMap((t) => [t.title, t.note]),
      ...COMING_SOON
    ]
    expect(words.filter((w) => /[A-Za-z]/.test(w))).toEqual([])
    expect(homeSections([g('staff', 'c1'), g('secretary')]).map((s) => s.title)).toEqual(['党委工作', '支部工作', '我的'])
  })
})
