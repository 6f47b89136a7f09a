// Request/response types of the `care` cloud function: 同步关爱 (seed 000) — the talks 六必谈 and visits
// 五必访 the branch owes its members, the records of each, a hardship flag the secretary sets, and the
// to-dos the triggers raise on the secretary's home. Records are private to the member's branch
// committee, committee staff and the member. See docs/care.md.

export type CareKind = 'talk' | 'visit'
export const CARE_KIND_LABEL: Record<CareKind, string> = { talk: '六必谈', visit: '五必访' }

export interface Occasion {
  /** [a-z0-9-]{1,24}, stable: records name it. */
  id: string
  kind: CareKind
  name: string
}

export interface CareRecord {
  _id: string
  memberId: string
  memberName: string
  orgId: string
  kind: CareKind
  occasionId: string
  occasionName: string
  /** YYYY-MM-DD, CST. */
  date: string
  place: string
  content: string
  followUp: string | null
  byName: string
  at: string
}

export type TriggerKind = 'lowFlag' | 'noCheckin' | 'roundBirthday' | 'hardship' | 'analysisReturned'
export const TRIGGER_LABEL: Record<TriggerKind, string> = {
  lowFlag: '评议黄旗及以下，需谈话',
  noCheckin: '长时间未参加组织生活',
  roundBirthday: '逢十政治生日',
  hardship: '生活困难，需走访',
  analysisReturned: '党性分析被返单，需谈心'
}

export interface CareTodo {
  kind: TriggerKind
  memberId: string
  name: string
  /** What raised it, in Chinese (the flag and period, weeks without a check-in, the anniversary, the note). */
  detail: string
}

export interface CareApi {
  /** `noCheckinWeeks`: the weeks without a check-in that raise a to-do (the committee's, else 8). */
  occasions: {
    req: { orgId: string }
    res: { occasions: Occasion[]; isDefault: boolean; committeeId: string | null; noCheckinWeeks: number }
  }
  /** Committee staff: the whole list, and the weeks (2–26; omitted → kept as saved, else 8). */
  saveOccasions: { req: { occasions: Occasion[]; noCheckinWeeks?: number }; res: { occasions: Occasion[]; noCheckinWeeks: number } }
  record: {
    req: { memberId: string; kind: CareKind; occasionId: string; date: string; place: string; content: string; followUp: string | null }
    res: CareRecord
  }
  records: {
    req: { memberId: string }
    res: {
      memberName: string
      records: CareRecord[]
      /** The branch committee: may record; the occasions to pick from (empty otherwise). */
      canRecord: boolean
      occasions: Occasion[]
      /** The branch secretary: may set the hardship flag; the flag as it is (null for others or unset). */
      canFlag: boolean
      hardship: { note: string | null; since: string } | null
    }
  }
  setHardship: { req: { memberId: string; hardship: boolean; note: string | null }; res: { memberId: string; hardship: boolean } }
  todo: {
    req: { orgId: string }
    /** `members`: everyone assessed in the org (but the caller), to open any member's care page. */
    res: { todos: CareTodo[]; weeks: number; members: Array<{ _id: string; name: string }> }
  }
}

/** The line on a secretary's home (member.whoami's careTodo): how many members of the org need a talk or a visit. */
export interface CareTodoSummary {
  orgId: string
  orgName: string
  count: number
  /** The first few names. */
  names: string[]
}
