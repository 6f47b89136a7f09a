// Typed helpers for the `birthday` cloud function, built on the one transport (src/core/cloud.ts).
import { callCloud } from '@/core/cloud'

export const birthday = {
  myGreeting: () => callCloud('birthday', { action: 'myGreeting' }),
  openGreeting: (greetingId: string) => callCloud('birthday', { action: 'openGreeting', greetingId }),
  upcoming: (orgId?: string) => callCloud('birthday', orgId ? { action: 'upcoming', orgId } : { action: 'upcoming' }),
  monthlyList: (orgId: string, month: string) => callCloud('birthday', { action: 'monthlyList', orgId, month }),
  makeBirthdayActivity: (orgId: string, month: string, startAt: string, endAt: string) =>
    callCloud('birthday', { action: 'makeBirthdayActivity', orgId, month, startAt, endAt }),
  sevenOnes: (memberId: string, year: number) => callCloud('birthday', { action: 'sevenOnes', memberId, year }),
  markSevenOne: (memberId: string, year: number, itemId: string, done: boolean, date: string | null, note: string) =>
    callCloud('birthday', { action: 'markSevenOne', memberId, year, itemId, done, date, note }),
  fiftyYears: (year?: number) => callCloud('birthday', year ? { action: 'fiftyYears', year } : { action: 'fiftyYears' }),
  fiftyYearsXlsx: (year: number) => callCloud('birthday', { action: 'fiftyYearsXlsx', year })
}
