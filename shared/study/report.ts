// The study report 学习报告单: its minimum lengths and its state machine.
//   save    the member saves a draft as they type (none/draft → draft; returned stays returned)
//   file    the member files it (draft/returned → submitted); a report filed again after a return is a refile
//   accept  / return: a reviewer's decision on a submitted report; accepted is final
import type { ReportStatus, ReportText } from './api'

/** Minimum characters (after trimming) of each part; short enough for a rider's two minutes on a phone. */
export const REPORT_MIN: Record<keyof ReportText, number> = { studied: 5, insights: 20, changes: 10 }
/** Maximum characters of each part. */
export const REPORT_MAX = 2000
export const REPORT_FIELD_LABEL: Record<keyof ReportText, string> = { studied: '学习内容', insights: '心得体会', changes: '改进举措' }

export interface LengthIssue {
  path: string
  message: string
}

/** Issues of a report to file (each part at least its minimum); [] = may be filed. */
export function reportIssues(text: ReportText): LengthIssue[] {
  const out: LengthIssue[] = []
  for (const k of Object.keys(REPORT_MIN) as Array<keyof ReportText>) {
    const n = [...(text[k] ?? '').trim()].length
    if (n < REPORT_MIN[k]) out.push({ path: `text.${k}`, message: `${REPORT_FIELD_LABEL[k]}至少 ${REPORT_MIN[k]} 个字（现有 ${n} 个）` })
  }
  return out
}

export const REPORT_EVENTS = ['save', 'file', 'accept', 'return'] as const
export type ReportEvent = (typeof REPORT_EVENTS)[number]
export type ReportState = ReportStatus | 'none'

const TRANSITIONS: Record<ReportState, Partial<Record<ReportEvent, ReportStatus>>> = {
  none: { save: 'draft', file: 'submitted' },
  draft: { save: 'draft', file: 'submitted' },
  submitted: { accept: 'accepted', return: 'returned' },
  returned: { save: 'returned', file: 'submitted' },
  accepted: {}
}

const REFUSAL: Record<ReportEvent, Partial<Record<ReportState, string>>> = {
  save: { submitted: '学习报告已提交，正在等待审核', accepted: '学习报告已通过，不能再修改' },
  file: { submitted: '学习报告已提交，正在等待审核', accepted: '学习报告已通过，不能再提交' },
  accept: {
    none: '该党员还没有提交学习报告',
    draft: '学习报告尚未提交，不能审核',
    returned: '学习报告已退回，等待党员修改后重新提交',
    accepted: '学习报告已通过'
  },
  return: {
    none: '该党员还没有提交学习报告',
    draft: '学习报告尚未提交，不能退回',
    returned: '学习报告已退回',
    accepted: '学习报告已通过，不能退回'
  }
}

export type ReportVerdict = { ok: true; next: ReportStatus } | { ok: false; message: string }

export function reportTransition(state: ReportState, event: ReportEvent): ReportVerdict {
  const next = TRANSITIONS[state][event]
  if (next) return { ok: true, next }
  return { ok: false, message: REFUSAL[event][state] ?? '当前状态下不能执行此操作' }
}
