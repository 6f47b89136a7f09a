import { DEFAULT_OCCASIONS, occasionListProblem } from '@shared/care/occasions'

const t = (id: string, name = '思想波动时') => ({ id, kind: 'talk' as const, name })
const v = (id: string, name = '生病住院时') => ({ id, kind: 'visit' as const, name })

describe('occasions', () => {
  it('ships six talks and five visits', () => {
    expect(DEFAULT_OCCASIONS.filter((o) => o.kind === 'talk')).toHaveLength(6)
    expect(DEFAULT_OCCASIONS.filter((o) => o.kind === 'visit')).toHaveLength(5)
    expect(occasionListProblem(DEFAULT_OCCASIONS)).toBeNull()
  })

  it.each([
    ['one of each', [t('a'), v('b')], null],
    ['no visit', [t('a')], '至少保留一项“五必访”'],
    ['no talk', [v('b')], '至少保留一项“六必谈”'],
    ['a repeated id', [t('a'), v('a')], '编号“a”重复'],
    ['a bad id', [t('A b'), v('b')], '编号“A b”只能由小写字母、数字和连字符组成'],
    ['a blank name', [t('a', '  '), v('b')], '“a”的名称须为 1–30 个字'],
    ['21 items', [...Array.from({ length: 20 }, (_, i) => t(`t${i}`)), v('b')], '最多 20 项']
  ])('%s → %s', (_, list, want) => {
    expect(occasionListProblem(list)).toBe(want)
  })
})
