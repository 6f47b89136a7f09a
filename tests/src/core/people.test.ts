/** @jest-environment node */
import { groupPeople, personTitle } from '@/core/people'

const p = (openid: string, group: string, roleLabel: string, memberId: string | null = openid) =>
  ({ openid, memberId, name: openid, orgId: null, orgName: null, roleLabel, group }) as any

describe('groupPeople', () => {
  it('groups by heading then role, keeping first-appearance order', () => {
    const sections = groupPeople([
      p('a', '一支部', '书记'),
      p('b', '二支部', '党员'),
      p('c', '一支部', '党员'),
      p('d', '一支部', '书记'),
      p('e', '', '')
    ])
    expect(sections.map((s) => [s.group, s.roles.map((r) => [r.roleLabel, r.people.map((x) => x.openid)])])).toEqual([
      [
        '一支部',
        [
          ['书记', ['a', 'd']],
          ['党员', ['c']]
        ]
      ],
      ['二支部', [['党员', ['b']]]],
      ['其他', [['党员', ['e']]]]
    ])
  })

  it.each([
    [p('x', 'g', 'r', null), '新微信用户（未绑定）'],
    [{ ...p('y', 'g', 'r'), name: '王芳' }, '王芳']
  ])('title of %j is %s', (person, title) => {
    expect(personTitle(person)).toBe(title)
  })
})
