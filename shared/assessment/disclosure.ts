// What a reader may see of a computed result. With fewer than 3 peer (or masses) raters a source's
// per-item means and score are one or two people's ratings, so they are withheld (null) wherever a
// member or reviewer reads results; the rater count stays. The computation and stored results are unchanged.
import type { MemberResult, Source } from './api'

export const MIN_DISCLOSED_RATERS = 3
export const FEW_RATERS_NOTE = '评价人数少于3人，不单独显示'
const ANONYMOUS: Source[] = ['peer', 'masses']

/** The result as shown: anonymous sources with 1–2 raters lose their score and per-item means. */
export function disclosedResult<T extends Pick<MemberResult, 'sources' | 'items'>>(r: T): T {
  const hidden = ANONYMOUS.filter((s) => r.sources[s] && r.sources[s].raters > 0 && r.sources[s].raters < MIN_DISCLOSED_RATERS)
  if (!hidden.length) return r
  const sources = { ...r.sources }
  for (const s of hidden) sources[s] = { ...sources[s], score: null, note: FEW_RATERS_NOTE }
  const items = r.items.map((i) => {
    if (!i.sourceMeans) return i
    const means = { ...i.sourceMeans }
    for (const s of hidden) if (Object.prototype.hasOwnProperty.call(means, s)) means[s] = null
    return { ...i, sourceMeans: means }
  })
  return { ...r, sources, items }
}
