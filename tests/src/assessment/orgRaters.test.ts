/** @jest-environment node */
import type { OrgRater } from '@shared/assessment/api'
import { ratedByText, ratersOf, ratesAsOrg } from '@/assessment/orgRaters'

const sec: OrgRater = { memberId: 's', name: '王建军', role: 'secretary' }
const dep: OrgRater = { memberId: 'd', name: '李红梅', role: 'deputy' }
const com: OrgRater = { memberId: 'c', name: '张志刚', role: 'committeeMember' }

describe('who rates whom as the organisation (the server’s rule)', () => {
  it.each<[string, OrgRater[], string, string[]]>([
    ['a member: the whole committee', [sec, dep, com], 'm', ['s', 'd', 'c']],
    ['the secretary: the others', [sec, dep, com], 's', ['d', 'c']],
    ['the deputy: the others', [sec, dep, com], 'd', ['s', 'c']],
    ['a lone secretary rates themself', [sec], 's', ['s']],
    ['nobody on the committee', [], 'm', []]
  ])('%s', (_n, raters, member, ids) => expect(ratersOf(member, raters).map((r) => r.memberId)).toEqual(ids))

  it.each([
    ['s', 's', false],
    ['s', 'm', true],
    ['d', 's', true],
    ['x', 'm', false]
  ])('%s rates %s: %s', (me, member, yes) => expect(ratesAsOrg(me, member, [sec, dep, com])).toBe(yes))

  it.each<[string, OrgRater[], string | null]>([
    ['s', [sec, dep, com], '由 李红梅（副书记）、张志刚（支委委员）组织评分'],
    ['m', [sec], '由 王建军（书记）组织评分'],
    ['s', [sec], null],
    ['m', [], null]
  ])('rated-by words for %s', (member, raters, words) => expect(ratedByText(member, raters)).toBe(words))
})
