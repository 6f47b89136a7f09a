import type { ItemScore, RatingInput, Source } from '@shared/assessment/api'
import { DEFAULT_RUBRIC } from '@shared/assessment/defaultRubric'
import { validateRating } from '@shared/assessment/rating'
import { itemsRatedBy } from '@shared/assessment/rubric'

const full = (source: Source, over: Record<string, ItemScore> = {}): Record<string, ItemScore> => ({
  ...Object.fromEntries(itemsRatedBy(DEFAULT_RUBRIC, source).map((i) => [i.id, i.max])),
  ...over
})

describe('validateRating', () => {
  it.each<[Source]>([['self'], ['peer'], ['masses'], ['org']])('full marks from %s are valid', (s) =>
    expect(validateRating(DEFAULT_RUBRIC, s, { scores: full(s) })).toEqual([]))

  it('zeros and halves are valid; the organisation may add bonus points and vetoes', () => {
    const input: RatingInput = { scores: full('org', { theory: 0, stance: 2.5 }), bonus: { honours: 3, publicity: 0.5 }, vetoes: ['dues'] }
    expect(validateRating(DEFAULT_RUBRIC, 'org', input)).toEqual([])
  })

  it.each<[string, Source, RatingInput, string]>([
    ['a score above max', 'self', { scores: full('self', { theory: 5.5 }) }, 'scores.theory'],
    ['a negative score', 'peer', { scores: full('peer', { theory: -0.5 }) }, 'scores.theory'],
    ['a score of 2.3', 'org', { scores: full('org', { skill: 2.3 }) }, 'scores.skill'],
    ['NaN', 'org', { scores: full('org', { skill: Number.NaN }) }, 'scores.skill'],
    ['a missing item', 'self', { scores: (({ theory, ...rest }) => rest)(full('self')) }, 'scores.theory'],
    ['an unknown item', 'self', { scores: full('self', { nope: 1 }) }, 'scores.nope'],
    ['a derived item', 'org', { scores: full('org', { 'meeting-attendance': 6 }) }, 'scores.meeting-attendance'],
    ['the masses rating an item they do not rate', 'masses', { scores: full('masses', { theory: 5 }) }, 'scores.theory'],
    ['bonus from a peer', 'peer', { scores: full('peer'), bonus: { honours: 1 } }, 'bonus'],
    ['vetoes from self', 'self', { scores: full('self'), vetoes: [] }, 'vetoes'],
    ['an unknown bonus item', 'org', { scores: full('org'), bonus: { medal: 1 } }, 'bonus.medal'],
    ['a bonus above its max', 'org', { scores: full('org'), bonus: { publicity: 1.5 } }, 'bonus.publicity'],
    ['an unknown veto', 'org', { scores: full('org'), vetoes: ['theft'] }, 'vetoes']
  ])('%s → issue at %s', (_l, s, input, path) => expect(validateRating(DEFAULT_RUBRIC, s, input).map((i) => i.path)).toContain(path))

  // 不了解 is an explicit null: the source is left out of that item for that member.
  const allUnknown = (source: Source) => Object.fromEntries(itemsRatedBy(DEFAULT_RUBRIC, source).map((i) => [i.id, null]))
  const without = (source: Source, id: string) => (({ [id]: _gone, ...rest }) => rest)(full(source))
  it.each<[string, Source, RatingInput, string[]]>([
    ['a peer who does not know one item', 'peer', { scores: full('peer', { theory: null }) }, []],
    ['a peer who knows none of the items', 'peer', { scores: allUnknown('peer') }, []],
    ['the masses, 不了解 on two items', 'masses', { scores: full('masses', { performance: null, 'work-style': null }) }, []],
    ['the masses knowing nothing of the member', 'masses', { scores: allUnknown('masses') }, []],
    ['self answering 不了解', 'self', { scores: full('self', { theory: null }) }, ['scores.theory']],
    ['the organisation answering 不了解', 'org', { scores: full('org', { skill: null }) }, ['scores.skill']],
    ['a peer leaving an item out (not marked 不了解)', 'peer', { scores: without('peer', 'theory') }, ['scores.theory']],
    ['the masses leaving an item out', 'masses', { scores: without('masses', 'work-style') }, ['scores.work-style']],
    ['不了解 on an item the source does not rate', 'masses', { scores: full('masses', { theory: null }) }, ['scores.theory']],
    ['不了解 on an unknown item', 'peer', { scores: full('peer', { nope: null }) }, ['scores.nope']]
  ])('不了解: %s → issues at %j', (_l, s, input, paths) =>
    expect(validateRating(DEFAULT_RUBRIC, s, input).map((i) => i.path)).toEqual(paths))

  it('says who may answer 不了解 and that an item left out is missing', () => {
    expect(validateRating(DEFAULT_RUBRIC, 'org', { scores: full('org', { skill: null }) })[0].message).toBe(
      '“业务本领”须打分，只有互评和群众评议可以选“不了解”'
    )
    expect(validateRating(DEFAULT_RUBRIC, 'peer', { scores: without('peer', 'theory') })[0].message).toMatch(/^缺少“/)
  })

  // A rubric stored before ids like `constructor` were refused: the inherited Object.prototype member is not a score.
  it('an item id constructor with no score for it → missing, not the inherited function', () => {
    const r = JSON.parse(JSON.stringify(DEFAULT_RUBRIC))
    r.aspects[0].items[1].id = 'constructor'
    const scores = Object.fromEntries(
      itemsRatedBy(r, 'org')
        .filter((i) => i.id !== 'constructor')
        .map((i) => [i.id, i.max])
    )
    const issues = validateRating(r, 'org', { scores })
    expect(issues.map((i) => i.path)).toEqual(['scores.constructor'])
    expect(issues[0].message).toMatch(/^缺少/)
  })
})
