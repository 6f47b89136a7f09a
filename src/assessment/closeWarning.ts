// What the close dialog says before the secretary stops the rating: who has no organisation rating yet
// (compute needs every one) and how many self, peer and masses ratings are still missing — from the
// progress the desk already loaded (counts only, never who rated). Pure; table-tested.
import type { OrgRater, RatingProgress } from '@shared/assessment/api'
import { ratedByText } from './orgRaters'

export interface CloseWarning {
  /** Nothing missing: every organisation, self and peer rating in, every issued masses code used. */
  complete: boolean
  /** Members without an organisation rating, each with who rates them when known. */
  orgMissing: Array<{ memberId: string; name: string; ratedBy: string | null }>
  /** One sentence per thing still missing, in the order of the sources. */
  lines: string[]
}

export function closeWarning(
  progress: readonly RatingProgress[],
  orgRaters: readonly OrgRater[] | null,
  codes: { issued: number; used: number }
): CloseWarning {
  const n = progress.length
  const selfDone = progress.filter((p) => p.self).length
  const peerExpected = progress.reduce((s, p) => s + p.peerExpected, 0)
  const peerDone = progress.reduce((s, p) => s + Math.min(p.peer, p.peerExpected), 0)
  const orgMissing = progress
    .filter((p) => p.org === 0)
    .map((p) => ({ memberId: p.memberId, name: p.name, ratedBy: orgRaters ? ratedByText(p.memberId, orgRaters) : null }))
  const lines: string[] = []
  if (orgMissing.length)
    lines.push(
      `尚无组织评分 ${orgMissing.length} 人：${orgMissing.map((m) => m.name).join('、')}。截止后书记、副书记和支委仍可补评，全部完成才能计算结果。`
    )
  if (selfDone < n) lines.push(`个人自评：${n - selfDone} 人未评（已完成 ${selfDone}/${n}）。截止后不能再评。`)
  if (peerDone < peerExpected)
    lines.push(`党员互评：还差 ${peerExpected - peerDone} 份（已完成 ${peerDone}/${peerExpected}）。截止后不能再评。`)
  if (codes.issued > codes.used)
    lines.push(`群众参评码：已使用 ${codes.used}/${codes.issued} 个，未使用的 ${codes.issued - codes.used} 个截止后作废。`)
  return { complete: lines.length === 0, orgMissing, lines }
}
