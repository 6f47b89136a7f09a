// The occasions that require a talk (六必谈) or a visit (五必访). The articles name the two lists, not
// their items: these defaults are the common ones (docs/care.md); a committee edits its own list.
import type { Occasion } from './api'

export const DEFAULT_OCCASIONS: readonly Occasion[] = [
  { id: 'talk-thought', kind: 'talk', name: '思想出现波动时' },
  { id: 'talk-post', kind: 'talk', name: '工作岗位变动时' },
  { id: 'talk-flag', kind: 'talk', name: '评议结果为黄旗及以下时' },
  { id: 'talk-discipline', kind: 'talk', name: '受到批评或处分时' },
  { id: 'talk-family', kind: 'talk', name: '家庭发生重大变故时' },
  { id: 'talk-conflict', kind: 'talk', name: '与同事发生矛盾时' },
  { id: 'visit-ill', kind: 'visit', name: '生病住院时' },
  { id: 'visit-hardship', kind: 'visit', name: '家庭生活困难时' },
  { id: 'visit-event', kind: 'visit', name: '婚丧嫁娶时' },
  { id: 'visit-retire', kind: 'visit', name: '退休离岗时' },
  { id: 'visit-away', kind: 'visit', name: '长期在外务工时' }
]

export const MAX_OCCASIONS = 20
export const OCCASION_ID = /^[a-z0-9-]{1,24}$/
export const OCCASION_NAME_MAX = 30

/** What is wrong with an edited list (Chinese), or null: ids unique, names 1–30, at least one of each kind. */
export function occasionListProblem(list: readonly Occasion[]): string | null {
  if (list.length > MAX_OCCASIONS) return `最多 ${MAX_OCCASIONS} 项`
  const ids = new Set<string>()
  for (const o of list) {
    if (!OCCASION_ID.test(o.id)) return `编号“${o.id}”只能由小写字母、数字和连字符组成`
    if (ids.has(o.id)) return `编号“${o.id}”重复`
    ids.add(o.id)
    const name = o.name.trim()
    if (!name || name.length > OCCASION_NAME_MAX) return `“${o.id}”的名称须为 1–${OCCASION_NAME_MAX} 个字`
  }
  if (!list.some((o) => o.kind === 'talk')) return '至少保留一项“六必谈”'
  if (!list.some((o) => o.kind === 'visit')) return '至少保留一项“五必访”'
  return null
}
