// The `birthday` function's contract (政治生日, issue 12): greetings, upcoming birthdays, the 七个一
// checklist, the monthly collective birthday and its activity, the 光荣在党50年 list, and the consent
// ledger's reportConsent (shared/reminders/api.ts). Days are YYYY-MM-DD in CST; instants ISO strings.
import type { ReportConsentRequest, ReportConsentResult, StopConsentRequest, StopConsentResult } from '@shared/reminders/api'
import type { FiftyMember } from './fiftyYears'
import type { SevenOneItem, SevenOneMark } from './sevenOnes'
import type { UpcomingEntry } from './upcoming'

export type { BirthdayTodo } from './todo'
export type { FiftyMember, SevenOneItem, SevenOneMark, UpcomingEntry }

/** A greeting on a political birthday, written by the 08:00 timer (the member reads only their own). */
export interface Greeting {
  /** `<memberId>:<year>`. */
  _id: string
  memberId: string
  name: string
  /** The birthday (CST day). */
  date: string
  joinedAt: string
  /** 入党 N 周年. */
  years: number
  round: boolean
  orgId: string
  orgName: string
  /** 入党誓词 (shared/birthday/oath.ts). */
  oath: string
  /** When the member first opened it (ISO); null while it waits on the to-do list. */
  openedAt: string | null
}

export interface SevenOnesSheet {
  memberId: string
  name: string
  year: number
  /** The committee's list (or the default). */
  items: SevenOneItem[]
  /** By item id. */
  marks: Record<string, SevenOneMark>
}

export interface MonthlyEntry extends UpcomingEntry {}

export interface BirthdayApi {
  myGreeting: { req: { action: 'myGreeting' }; res: { greetings: Greeting[] } }
  openGreeting: { req: { action: 'openGreeting'; greetingId: string }; res: { greeting: Greeting } }
  upcoming: {
    req: { action: 'upcoming'; orgId?: string; days?: number }
    res: { orgId: string; orgName: string; from: string; to: string; items: UpcomingEntry[] }
  }
  sevenOnes: { req: { action: 'sevenOnes'; memberId: string; year: number }; res: SevenOnesSheet }
  markSevenOne: {
    req: { action: 'markSevenOne'; memberId: string; year: number; itemId: string; done: boolean; date?: string | null; note?: string }
    res: SevenOnesSheet
  }
  sevenOnesList: {
    req: { action: 'sevenOnesList'; committeeId?: string }
    res: { committeeId: string; items: SevenOneItem[]; isDefault: boolean }
  }
  saveSevenOnesList: {
    req: { action: 'saveSevenOnesList'; items: SevenOneItem[] }
    res: { committeeId: string; items: SevenOneItem[]; isDefault: boolean }
  }
  monthlyList: {
    req: { action: 'monthlyList'; orgId: string; month: string }
    res: { orgId: string; month: string; items: MonthlyEntry[] }
  }
  makeBirthdayActivity: {
    req: { action: 'makeBirthdayActivity'; orgId: string; month: string; startAt: string; endAt: string; title?: string }
    res: { activityId: string; expectedMemberIds: string[] }
  }
  fiftyYears: {
    req: { action: 'fiftyYears'; year?: number; cutoff?: string }
    res: { year: number; cutoff: string; due: FiftyMember[]; missingDates: FiftyMember[]; missingLabel: string }
  }
  /** The same list as an xlsx sheet (base64), numbered, members without dates last with the remark. */
  fiftyYearsXlsx: {
    req: { action: 'fiftyYearsXlsx'; year?: number; cutoff?: string }
    res: { fileName: string; mimeType: string; base64: string; rowCount: number; bytes: number }
  }
  reportConsent: { req: ReportConsentRequest; res: ReportConsentResult }
  stopConsent: { req: StopConsentRequest; res: StopConsentResult }
}

/** Codes besides the common ones (shared/core/envelope.ts). */
export type BirthdayErrorCode = 'CONSENT_INVALID' | 'LIST_INVALID' | 'MARK_INVALID'
