// The quarterly Party-spirit analysis 党性分析报告: member → party group (the group leader's comment) →
// branch (the secretary's verdict). Verdicts: 合格 (final), 返单 (back to the member with a reason; they
// fix and file again), 集中重学 (final for the quarter; the member is added to the quarter's relearn task),
// 个别谈话 (final; a talk is created among the assessment's talks). A member without a party group goes
// straight to the branch: the verdict may be given on 'submitted'.
import type { AnalysisStatus, AnalysisText, Verdict } from './api'

/** Minimum characters of each part when filed. orgLife is pre-filled; lastMeasures may be empty (a first quarter). */
export const ANALYSIS_MIN: Record<keyof AnalysisText, number> = {
  learned: 10,
  insights: 20,
  orgLife: 0,
  problems: 10,
  causes: 10,
  measures: 10,
  lastMeasures: 0
}
export const ANALYSIS_MAX = 2000
export const ANALYSIS_FIELD_LABEL: Record<keyof AnalysisText, string> = {
  learned: '学习情况',
  insights: '心得体会',
  orgLife: '参加组织生活情况',
  problems: '查找的问题',
  causes: '原因分析',
  measures: '整改措施',
  lastMeasures: '上季度整改措施落实情况'
}
export const ANALYSIS_FIELDS = Object.keys(ANALYSIS_FIELD_LABEL) as Array<keyof AnalysisText>

export function analysisIssues(text: AnalysisText): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = []
  for (const k of ANALYSIS_FIELDS) {
    const n = [...(text[k] ?? '').trim()].length
    if (n < ANALYSIS_MIN[k])
      out.push({ path: `text.${k}`, message: `${ANALYSIS_FIELD_LABEL[k]}至少 ${ANALYSIS_MIN[k]} 个字（现有 ${n} 个）` })
  }
  return out
}

export type AnalysisState = AnalysisStatus | 'none'
export type AnalysisEvent = 'save' | 'submit' | 'comment' | Verdict

const VERDICT_NEXT: Record<Verdict, AnalysisStatus> = { pass: 'passed', return: 'returned', relearn: 'relearn', talk: 'talk' }
const FINAL: readonly AnalysisStatus[] = ['passed', 'relearn', 'talk']

export type AnalysisMove = { ok: true; next: AnalysisStatus } | { ok: false; message: string }

/** Whether `event` may happen in `state`; `hasGroup`: the member belongs to a party group (its leader comments first). */
export function analysisTransition(state: AnalysisState, event: AnalysisEvent, hasGroup: boolean): AnalysisMove {
  if (state !== 'none' && FINAL.includes(state)) return { ok: false, message: '本季度党性分析已评定，不能再更改' }
  switch (event) {
    case 'save':
      if (state === 'none' || state === 'draft') return { ok: true, next: 'draft' }
      if (state === 'returned') return { ok: true, next: 'returned' }
      return { ok: false, message: '党性分析已提交，正在评议中' }
    case 'submit':
      if (state === 'none' || state === 'draft' || state === 'returned') return { ok: true, next: 'submitted' }
      return { ok: false, message: '党性分析已提交，正在评议中' }
    case 'comment':
      if (state === 'submitted' || state === 'commented') return { ok: true, next: 'commented' }
      return { ok: false, message: state === 'returned' ? '党性分析已返单，等待党员修改' : '党性分析尚未提交，不能评议' }
    default: {
      if (state === 'commented' || (state === 'submitted' && !hasGroup)) return { ok: true, next: VERDICT_NEXT[event] }
      if (state === 'submitted') return { ok: false, message: '请先由党小组评议，再由支部评定' }
      if (state === 'returned') return { ok: false, message: '党性分析已返单，等待党员修改后重新提交' }
      return { ok: false, message: '党性分析尚未提交，不能评定' }
    }
  }
}

/** 返单, 集中重学 and 个别谈话 need a reason; 合格 may have one. */
export const verdictNeedsReason = (v: Verdict): boolean => v !== 'pass'

/** 集中重学: the quarter's relearn task is due this many days after the verdict, and credits these hours. */
export const RELEARN_DUE_DAYS = 14
export const RELEARN_HOURS = 2
/** 个别谈话: the talk is due this many days after the verdict. */
export const TALK_DUE_DAYS = 14
