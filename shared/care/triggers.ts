// The to-dos care triggers raise for a branch's secretary (pure; `now` passed in, CST days):
//   lowFlag        the member's result in the org's latest published period is yellow or below, and no
//                  talk was recorded since it was published
//   noCheckin      no check-in for N weeks (default 8) — counted from joining the org's roster when never
//   roundBirthday  a round political birthday (10, 20 … years) within the next 30 days
//   hardship       the secretary flagged hardship, and no visit was recorded since
//   analysisReturned  the member's quarterly Party-spirit analysis came back 返单 (study), and no talk was
//                  recorded since the verdict (it leaves the list as well once the member files it again)
import type { Flag } from '@shared/assessment/api'
import { birthdaysBetween } from '@shared/birthday/anniversary'
import { FLAG_LABEL } from '@shared/assessment/api'
import { cstDate, cstDaysBetween } from '@shared/core/time'
import type { CareTodo } from './api'

/** No check-in for this many weeks raises noCheckin: the default; a committee sets its own (2–26). */
export const NO_CHECKIN_WEEKS = 8
export const NO_CHECKIN_WEEKS_MIN = 2
export const NO_CHECKIN_WEEKS_MAX = 26
export const BIRTHDAY_AHEAD_DAYS = 30
const LOW: readonly Flag[] = ['yellow', 'blue', 'grey']

export interface CareFacts {
  memberId: string
  name: string
  joinedAt: string | null
  /** The latest published period's result: its name, flag, and when it was published. */
  result: { periodName: string; flag: Flag; publishedAt: Date } | null
  lastCheckinAt: Date | null
  /** Since when the member is counted (their roster entry's creation), for a member who never checked in. */
  countedSince: Date | null
  hardship: { since: Date; note: string | null } | null
  /** The member's Party-spirit analysis standing returned (返单): its quarter, the reason, the verdict's time. */
  returnedAnalysis: { year: number; quarter: number; reason: string; at: Date } | null
  lastTalkAt: Date | null
  lastVisitAt: Date | null
}

const after = (a: Date | null, b: Date) => !!a && a.getTime() >= b.getTime()

export function careTodos(m: CareFacts, now: Date, weeks = NO_CHECKIN_WEEKS): CareTodo[] {
  const out: CareTodo[] = []
  const base = { memberId: m.memberId, name: m.name }
  if (m.result && LOW.includes(m.result.flag) && !after(m.lastTalkAt, m.result.publishedAt)) {
    out.push({ ...base, kind: 'lowFlag', detail: `${m.result.periodName}：${FLAG_LABEL[m.result.flag]}` })
  }
  const since = m.lastCheckinAt ?? m.countedSince
  if (since && cstDaysBetween(since, now) >= weeks * 7) {
    out.push({
      ...base,
      kind: 'noCheckin',
      detail: m.lastCheckinAt ? `最近一次签到：${cstDate(m.lastCheckinAt)}，已超过 ${weeks} 周` : `超过 ${weeks} 周没有签到记录`
    })
  }
  const round = birthdaysBetween(m.joinedAt, cstDate(now), BIRTHDAY_AHEAD_DAYS).find((b) => b.round)
  if (round) out.push({ ...base, kind: 'roundBirthday', detail: `${round.date} 入党 ${round.years} 周年` })
  if (m.hardship && !after(m.lastVisitAt, m.hardship.since)) {
    out.push({ ...base, kind: 'hardship', detail: m.hardship.note ? `困难情况：${m.hardship.note}` : '已标记生活困难' })
  }
  const a = m.returnedAnalysis
  if (a && !after(m.lastTalkAt, a.at)) {
    out.push({ ...base, kind: 'analysisReturned', detail: `${a.year}年第${a.quarter}季度党性分析已返单：${a.reason}` })
  }
  return out
}
