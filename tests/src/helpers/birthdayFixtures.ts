// Birthday answers shaped like the `birthday` function's (shared/birthday/api.ts).
import type { FiftyMember, Greeting, SevenOnesSheet } from '@shared/birthday/api'
import { MISSING_DATES_LABEL } from '@shared/birthday/fiftyYears'
import type { UpcomingEntry } from '@shared/birthday/upcoming'
import { DEFAULT_SEVEN_ONES } from '@shared/birthday/sevenOnes'
import { OATH } from '@shared/birthday/oath'

export function greeting(overrides: Partial<Greeting> = {}): Greeting {
  return {
    _id: 'm1:2026',
    memberId: 'm1',
    name: '王芳',
    date: '2026-07-01',
    joinedAt: '2012-07-01',
    years: 14,
    round: false,
    orgId: 'b1',
    orgName: '第一党支部',
    oath: OATH,
    openedAt: null,
    ...overrides
  }
}

export function upcomingEntry(overrides: Partial<UpcomingEntry> = {}): UpcomingEntry {
  return { memberId: 'r2', name: '赵敏', date: '2026-07-04', inDays: 3, years: 20, round: true, relation: 'own', ...overrides }
}

export function upcomingResult(
  items: UpcomingEntry[] = [
    upcomingEntry(),
    upcomingEntry({ memberId: 'r3', name: '钱进', date: '2026-07-20', inDays: 19, years: 7, round: false })
  ]
) {
  return { orgId: 'b1', orgName: '第一党支部', from: '2026-07-01', to: '2026-07-30', items }
}

export function sevenOnesSheet(overrides: Partial<SevenOnesSheet> = {}): SevenOnesSheet {
  return {
    memberId: 'r2',
    name: '赵敏',
    year: 2026,
    items: [...DEFAULT_SEVEN_ONES],
    marks: {
      card: { itemId: 'card', done: true, date: '2026-07-04', note: '支部书记送达', by: 'm1', at: '2026-07-04T02:00:00.000Z' }
    },
    ...overrides
  }
}

const FENG: FiftyMember = {
  _id: 'm15',
  name: '冯雪梅',
  partyStatus: 'full',
  joinedAt: '1976-03-01',
  fullAt: '1977-03-01',
  homeOrgId: 'b1',
  assessingOrgId: 'b1'
}

export function fiftyYearsResult(year: number, due: FiftyMember[] = [FENG]) {
  return {
    year,
    cutoff: '07-01',
    due,
    missingDates: [{ ...FENG, _id: 'm20', name: '吴建国', joinedAt: null, fullAt: null }],
    missingLabel: MISSING_DATES_LABEL
  }
}
