/** @jest-environment node */
import type { OrgRater, RatingProgress } from '@shared/assessment/api'
import { closeWarning } from '@/assessment/closeWarning'

const row = (memberId: string, name: string, over: Partial<RatingProgress> = {}): RatingProgress => ({
  memberId,
  name,
  self: true,
  peer: 2,
  peerExpected: 2,
  masses: 0,
  org: 2,
  ...over
})
const raters: OrgRater[] = [
  { memberId: 's', name: '王建军', role: 'secretary' },
  { memberId: 'd', name: '李红梅', role: 'deputy' }
]

describe('closeWarning: what is still missing before the close', () => {
  it('names the members without an organisation rating and counts the rest', () => {
    // the branch: 自评 2/11, 互评 15/110
    const rows = Array.from({ length: 11 }, (_, i) =>
      row(i === 0 ? 's' : `m${i}`, i === 0 ? '王建军' : `党员${i}`, {
        self: i < 2,
        peer: i < 5 ? 3 : 0,
        peerExpected: 10,
        org: i < 9 ? 1 : 0
      })
    )
    const w = closeWarning(rows, raters, { issued: 10, used: 4 })
    expect(w.complete).toBe(false)
    expect(w.orgMissing).toEqual([
      { memberId: 'm9', name: '党员9', ratedBy: '由 王建军（书记）、李红梅（副书记）组织评分' },
      { memberId: 'm10', name: '党员10', ratedBy: '由 王建军（书记）、李红梅（副书记）组织评分' }
    ])
    expect(w.lines).toEqual([
      '尚无组织评分 2 人：党员9、党员10。截止后书记、副书记和支委仍可补评，全部完成才能计算结果。',
      '个人自评：9 人未评（已完成 2/11）。截止后不能再评。',
      '党员互评：还差 95 份（已完成 15/110）。截止后不能再评。',
      '群众参评码：已使用 4/10 个，未使用的 6 个截止后作废。'
    ])
  })

  it.each<[string, RatingProgress[], { issued: number; used: number }, string[]]>([
    ['everything in', [row('a', '甲'), row('b', '乙')], { issued: 2, used: 2 }, []],
    ['no codes issued: nothing to say about the masses', [row('a', '甲')], { issued: 0, used: 0 }, []],
    ['only peers short', [row('a', '甲', { peer: 1 })], { issued: 0, used: 0 }, ['党员互评：还差 1 份（已完成 1/2）。截止后不能再评。']],
    ['more peer ratings than expected count as expected', [row('a', '甲', { peer: 5 })], { issued: 0, used: 0 }, []]
  ])('%s', (_n, rows, codes, lines) => {
    const w = closeWarning(rows, raters, codes)
    expect(w.lines).toEqual(lines)
    expect(w.complete).toBe(lines.length === 0)
  })

  it('without the raters (an older reply) still names the members', () => {
    expect(closeWarning([row('a', '甲', { org: 0 })], null, { issued: 0, used: 0 }).orgMissing).toEqual([
      { memberId: 'a', name: '甲', ratedBy: null }
    ])
  })
})
