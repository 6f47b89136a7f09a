/** @jest-environment node */
import type { Org } from '@shared/member/api'
import { flattenTree, kindsFor, parentChoices, parentRequired, rolesFor } from '@/member/orgTree'

const o = (_id: string, kind: Org['kind'], parentId: string | null, external = false): Org => ({ _id, name: _id, kind, parentId, external })

describe('org tree', () => {
  const orgs = [
    o('v1', 'branch', null, true),
    o('g1', 'group', 'b1'),
    o('b2', 'jointBranch', 'c1'),
    o('b1', 'branch', 'c1'),
    o('gb', 'generalBranch', 'c1'),
    o('c1', 'committee', null),
    o('g3', 'group', 'gb')
  ]

  it('lists the tree depth-first, children indented, external orgs last', () => {
    expect(flattenTree(orgs).map((r) => `${'-'.repeat(r.depth)}${r.org._id}`)).toEqual(['c1', '-gb', '--g3', '-b1', '--g1', '-b2', 'v1'])
  })

  it('still lists orgs whose parent is missing or that form a cycle', () => {
    const odd = [o('x', 'group', 'missing'), o('a', 'branch', 'b'), o('b', 'branch', 'a')]
    expect(
      flattenTree(odd)
        .map((r) => r.org._id)
        .sort()
    ).toEqual(['a', 'b', 'x'])
  })

  it.each([
    ['a new branch', { kind: 'branch', external: false }, ['gb', 'c1']],
    ['a new group', { kind: 'group', external: false }, ['b2', 'b1', 'gb']],
    ['a new general branch', { kind: 'generalBranch', external: false }, ['c1']],
    ['a committee', { kind: 'committee', external: false }, []],
    ['an external branch', { kind: 'branch', external: true }, ['v1']],
    ['the general branch itself (not itself nor below)', { _id: 'gb', kind: 'generalBranch', external: false }, ['c1']],
    ['the external v1 (not itself)', { _id: 'v1', kind: 'branch', external: true }, []]
  ])('parent choices for %s', (_n, self, ids) => {
    expect(
      parentChoices(self as any, orgs)
        .map((x) => x._id)
        .sort()
    ).toEqual([...ids].sort())
  })

  it('does not offer a descendant as the parent', () => {
    const chain = [o('c1', 'committee', null), o('gb', 'generalBranch', 'c1'), o('gb2', 'generalBranch', 'gb')]
    expect(parentChoices({ _id: 'c1', kind: 'generalBranch', external: false }, chain).map((x) => x._id)).toEqual([])
  })

  it.each([
    ['committee', false, false],
    ['branch', false, true],
    ['group', false, true],
    ['branch', true, false]
  ])('a %s (external %s) needs a parent: %s', (kind, external, required) => expect(parentRequired(kind as any, external)).toBe(required))

  it('offers external orgs only branch kinds', () => {
    expect(kindsFor(true)).toEqual(['generalBranch', 'branch', 'jointBranch'])
    expect(kindsFor(false)).toEqual(['committee', 'generalBranch', 'branch', 'jointBranch', 'group'])
  })

  it.each([
    ['committee', ['secretary', 'deputy', 'committeeMember', 'staff']],
    ['branch', ['secretary', 'deputy', 'committeeMember']],
    ['group', ['groupLeader']]
  ])('roles on a %s', (kind, roles) => expect(rolesFor(kind as any)).toEqual(roles))
})
