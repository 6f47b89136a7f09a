// What a reader may see of a computed result. With fewer than 3 peer (or masses) raters a source's
// per-item means and score are one or two people's ratings, so they are withheld (null) wherever a
// member or reviewer reads results; the rater count stays. The computation and stored results are unchanged.
// With 不了解 a source of many raters may still have only one or two who scored a given item: that
// item's mean is withheld too, and so is the source's score (the sum of its item means, from which the
// withheld one could be solved).
import type { MemberResult, Source } from './api'

export const MIN_DISCLOSED_RATERS = 3
export const FEW_RATERS_NOTE = '评价人数少于3人，不单独显示'
export const FEW_ITEM_RATERS_NOTE = '部分项目评分人数少于3人（其余选了“不了解”），不单独显示'
const ANONYMOUS: Source[] = ['peer', 'masses']
const few = (n: number | undefined) => n !== undefined && n > 0 && n < MIN_DISCLOSED_RATERS

/** The result as shown: anonymous sources with 1–2 raters (of the source, or of an item) lose their score and per-item means. */
export function disclosedResult<T extends Pick<MemberResult, 'sources' | 'items'>>(r: T): T {
  const wholeSource = ANONYMOUS.filter((s) => r.sources[s] && few(r.sources[s].raters))
  // Per item, by the raters who scored it (results stored before 不了解 have no counts: the source's count decides).
  const hiddenAt = (i: T['items'][number], s: Source) => wholeSource.includes(s) || few(i.sourceRaters?.[s])
  const hidden = ANONYMOUS.filter(
    (s) =>
      wholeSource.includes(s) ||
      r.items.some((i) => i.sourceMeans && Object.prototype.hasOwnProperty.call(i.sourceMeans, s) && hiddenAt(i, s))
  )
  if (!hidden.length) return r
  const sources = { ...r.sources }
  for (const s of hidden)
    sources[s] = { ...sources[s], score: null, note: wholeSource.includes(s) ? FEW_RATERS_NOTE : FEW_ITEM_RATERS_NOTE }
  const items = r.items.map((i) => {
    if (!i.sourceMeans) return i
    const means = { ...i.sourceMeans }
    for (const s of hidden) if (Object.prototype.hasOwnProperty.call(means, s) && hiddenAt(i, s)) means[s] = null
    return { ...i, sourceMeans: means }
  })
  return { ...r, sources, items }
}
