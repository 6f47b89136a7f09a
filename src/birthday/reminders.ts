// The 消息提醒 page's rows: which subscribe messages concern a member (by their roles), what each
// brings, and how its consent stands. Pure; table-tested. The consent itself: src/core/subscribe.ts.
import type { RoleGrant } from '@shared/member/api'
import type { ConsentBalances } from '@shared/reminders/api'
import { type SubscribeTemplates, TEMPLATE_LABEL, type TemplateKey } from '@shared/reminders/templates'

export const REMINDER_PURPOSE: Record<TemplateKey, string> = {
  birthdayGreeting: '入党纪念日当天送来政治生日贺卡',
  assessmentRate: '考评期间提醒您按时评分',
  assessmentTalk: '谈话到期未记录时提醒您',
  birthdayUpcoming: '支部党员政治生日前 7 天提醒您',
  studyTask: '支部布置学习任务时通知您',
  studyReturned: '学习报告被退回修改时通知您',
  studyAnalysis: '季度党性分析截止前未提交、或被返单时通知您'
}

/**
 * The reminders a member can receive: every member a greeting, rating reminders and the study ones (tasks
 * are pushed to members, reports come back to their author, every member files the quarterly analysis); a secretary,
 * deputy or committee member (who hold talks) the talk reminder; a secretary the birthdays ahead
 * (the daily timer reminds secretaries only).
 */
export function reminderKeysFor(roles: readonly RoleGrant[] | null | undefined): TemplateKey[] {
  const r = roles ?? []
  const keys: TemplateKey[] = ['birthdayGreeting', 'assessmentRate', 'studyTask', 'studyReturned', 'studyAnalysis']
  if (r.some((g) => g.role === 'secretary' || g.role === 'deputy' || g.role === 'committeeMember')) keys.push('assessmentTalk')
  if (r.some((g) => g.role === 'secretary')) keys.push('birthdayUpcoming')
  return keys
}

export type ReminderState = 'unavailable' | 'off' | 'on'

export interface ReminderRow {
  key: TemplateKey
  title: string
  purpose: string
  state: ReminderState
  /** Messages left (one per consent). */
  left: number
  /** 未配置 / 未开启 / 还可接收 N 次 */
  status: string
}

export function reminderRows(
  keys: readonly TemplateKey[],
  templates: SubscribeTemplates | null | undefined,
  balances: ConsentBalances | null | undefined
): ReminderRow[] {
  return keys.map((key) => {
    const left = Math.max(0, balances?.[key] ?? 0)
    const state: ReminderState = !templates?.[key] ? 'unavailable' : left > 0 ? 'on' : 'off'
    const status = state === 'unavailable' ? '暂未开通' : state === 'on' ? `已开启 · 还可接收 ${left} 次` : '未开启'
    return { key, title: TEMPLATE_LABEL[key], purpose: REMINDER_PURPOSE[key], state, left, status }
  })
}

/** What 一键开启 asks for: the reminders not on yet first, then the rest, as askable (≤ 3, set ids). */
export function keysToAsk(rows: readonly ReminderRow[]): TemplateKey[] {
  const open = rows.filter((r) => r.state !== 'unavailable')
  return [...open.filter((r) => r.state === 'off'), ...open.filter((r) => r.state === 'on')].map((r) => r.key)
}
