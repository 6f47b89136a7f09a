// Scores typed or stepped by a rater. The server's check (0..max, 0.5 steps: isHalfStep is the shared
// one) catches a slip before sending; the server still decides and its message is shown. Pure; table-tested.
import { isHalfStep } from '@shared/assessment/rubric'

export const SCORE_STEP = 0.5

/** Full-width digits and point (typed with a Chinese IME) read as ASCII. */
function normalise(text: string): string {
  return text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
}

export type ScoreCheck = { ok: true; value: number } | { ok: false; message: string }

/** One typed score against the item's maximum. */
export function checkScore(text: string | null | undefined, max: number): ScoreCheck {
  const t = normalise(text ?? '')
  if (t === '') return { ok: false, message: '请打分' }
  if (!/^\d+(\.\d+)?$/.test(t)) return { ok: false, message: '请输入数字' }
  const value = Number(t)
  if (value < 0 || value > max) return { ok: false, message: `分值应在 0 到 ${formatScore(max)} 之间` }
  if (!isHalfStep(value)) return { ok: false, message: '分值须为 0.5 的整数倍' }
  return { ok: true, value: Math.round(value * 2) / 2 }
}

/**
 * The stepper's next value. From an empty field "−" deducts from full marks (max − 0.5) and
 * "+" adds from zero (0.5): both are one tap from the usual starting points. Clamped to 0..max;
 * an off-step typed value snaps to the step in the tapped direction.
 */
export function stepScore(current: string | null | undefined, direction: 1 | -1, max: number): string {
  const t = normalise(current ?? '')
  const n = t === '' || !Number.isFinite(Number(t)) ? null : Number(t)
  let next: number
  if (n === null) next = direction < 0 ? max - SCORE_STEP : SCORE_STEP
  else if (isHalfStep(n)) next = n + direction * SCORE_STEP
  else next = direction > 0 ? Math.ceil(n * 2) / 2 : Math.floor(n * 2) / 2
  return formatScore(Math.min(max, Math.max(0, next)))
}

/** What a derived item without data in the period says (the server's note; this when it sent none). */
export const NO_DATA_TEXT = '本期无相关数据，不计分，总分按其余项目折算'

/** The line under a total whose items without data were left out ('' when none). */
export function rescaleText(items: ReadonlyArray<{ basis: string }>): string {
  const n = items.filter((i) => i.basis === 'noData').length
  return n ? `${n} 项本期无数据，不计分，总分按其余项目折算为百分制` : ''
}

/** 9 → '9', 8.5 → '8.5', 12.25 → '12.3' (one decimal at most, as the server rounds). */
/** A total as the rule states it: always one decimal (90.0, 86.0, 89.9), the same on every page. */
export function formatTotal(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1)
}

export function formatScore(value: number): string {
  const r = Math.round(value * 10) / 10
  return Number.isInteger(r) ? String(r) : r.toFixed(1)
}

export interface ScoredItem {
  id: string
  name: string
  max: number
}

export type FormCheck =
  | { ok: true; scores: Record<string, number | null> }
  | { ok: false; errors: Record<string, string>; message: string; first: string }

/** Item ids a peer or masses rater marked 不了解 (sent as null: the source is left out of that item). */
export type Unknown = Readonly<Record<string, boolean>>

/**
 * Every item must be scored (`required`) or may be left empty (bonus items: empty = 0); an item in
 * `unknown` is null whatever its field holds. The message names the first bad item, e.g.
 * 「理论学习」：分值须为 0.5 的整数倍, and `first` is its id (the form scrolls to it).
 */
export function checkScores(
  items: readonly ScoredItem[],
  values: Record<string, string>,
  required = true,
  unknown: Unknown = {}
): FormCheck {
  const scores: Record<string, number | null> = {}
  const errors: Record<string, string> = {}
  let message = ''
  let first = ''
  for (const item of items) {
    const text = values[item.id] ?? ''
    if (unknown[item.id]) {
      scores[item.id] = null
      continue
    }
    if (!required && text.trim() === '') {
      scores[item.id] = 0
      continue
    }
    const c = checkScore(text, item.max)
    if (c.ok) {
      scores[item.id] = c.value
    } else {
      errors[item.id] = c.message
      if (!message) {
        message = `「${item.name}」：${c.message}`
        first = item.id
      }
    }
  }
  return message ? { ok: false, errors, message, first } : { ok: true, scores }
}

/** Saved numbers back into the form's text fields (a 不了解 null has no text). */
export function scoresToText(scores: Record<string, number | null> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(scores ?? {})) if (typeof v === 'number') out[k] = formatScore(v)
  return out
}

/** The 不了解 marks of saved scores (their nulls). */
export function unknownOf(scores: Record<string, number | null> | null | undefined): Record<string, boolean> {
  const out: Record<string, boolean> = {}
  for (const [k, v] of Object.entries(scores ?? {})) if (v === null) out[k] = true
  return out
}

/** The form's fields as one filled-in set: texts and 不了解 marks. */
export interface FormFill {
  values: Record<string, string>
  unknown: Record<string, boolean>
}

/** 全部满分: every item at its maximum (不了解 marks cleared). */
export function fullMarks(items: readonly ScoredItem[]): FormFill {
  return { values: Object.fromEntries(items.map((i) => [i.id, formatScore(i.max)])), unknown: {} }
}

/** 都不了解: every item 不了解. */
export function allUnknown(items: readonly ScoredItem[]): FormFill {
  return { values: {}, unknown: Object.fromEntries(items.map((i) => [i.id, true])) }
}

/**
 * 同上期 / 同上一位: another rating's scores onto this form's items. Only items the form has are taken, and
 * only valid ones (a rubric may have changed in between: a bigger score than this item's max is left empty).
 */
export function fillFrom(items: readonly ScoredItem[], scores: Record<string, number | null>): FormFill {
  const fill: FormFill = { values: {}, unknown: {} }
  for (const i of items) {
    if (!Object.prototype.hasOwnProperty.call(scores, i.id)) continue
    const v = scores[i.id]
    if (v === null) fill.unknown[i.id] = true
    else if (typeof v === 'number' && checkScore(String(v), i.max).ok) fill.values[i.id] = formatScore(v)
  }
  return fill
}

/** How many items are answered: a score typed or 不了解 (the progress line: 已填 12/14 项). */
export function answeredCount(items: readonly ScoredItem[], fill: FormFill): number {
  return items.filter((i) => fill.unknown[i.id] || (fill.values[i.id] ?? '').trim() !== '').length
}

/** The field errors less one field's; the same object when it had none (no new state, no render). */
export function withoutError(errors: Record<string, string>, id: string): Record<string, string> {
  if (!Object.prototype.hasOwnProperty.call(errors, id)) return errors
  const { [id]: _gone, ...rest } = errors
  return rest
}
