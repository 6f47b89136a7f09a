// Each refusal of a check-in, written once: what the member is told, the secretary's short label of
// the recorded attempt, whether it counts towards the attempt limit (attemptLimit.ts), and what the
// member can do about it on the check-in page. The checkin function answers with these messages,
// the attendance page shows the labels, the check-in page offers the remedy.
import type { CheckinRefusalCode } from '@shared/checkin/api'

/** code: about the code (counts towards the attempt limit); limit: TOO_MANY_ATTEMPTS itself; other: the rest. */
export type RefusalKind = 'code' | 'limit' | 'other'

/** What the check-in page offers: scan the screen again, locate again, or sign in first. */
export type Remedy = 'rescan' | 'location' | 'signIn'

/** What a message needs to be written (times as CST text). */
export interface MessageArgs {
  WINDOW_NOT_OPEN: { opensAt: string }
  WINDOW_CLOSED: { closesAt: string }
  OUT_OF_RANGE: { distanceM: number; radiusM: number }
  NOT_ELIGIBLE: { orgName: string }
}

type Message<C extends CheckinRefusalCode> = C extends keyof MessageArgs ? (a: MessageArgs[C]) => string : string

export interface RefusalEntry<C extends CheckinRefusalCode = CheckinRefusalCode> {
  /** The member's answer. */
  message: Message<C>
  /** The answer when the member typed a short code rather than scanning (where it differs). */
  typedMessage?: string
  /** The secretary's label of a recorded attempt (attendance). */
  label: string
  kind: RefusalKind
  remedy: Remedy | null
}

export const REFUSALS: { [C in CheckinRefusalCode]: RefusalEntry<C> } = {
  CODE_MALFORMED: {
    message: '这不是有效的签到码，请扫描签到屏上的二维码',
    label: '不是签到码',
    kind: 'code',
    remedy: 'rescan'
  },
  CODE_FORGED: {
    message: '签到码无效，请扫描签到屏上的二维码',
    typedMessage: '数字签到码不正确或已失效，请输入签到屏上当前的 6 位数字',
    label: '签到码无效（伪造或输错）',
    kind: 'code',
    remedy: 'rescan'
  },
  CODE_EXPIRED: {
    message: '签到码已过期，请扫描签到屏上最新的二维码',
    label: '签到码已过期',
    kind: 'code',
    remedy: 'rescan'
  },
  CODE_REPLAYED: {
    message: '签到码早已失效（可能是翻拍或转发的二维码），请到现场扫描签到屏',
    label: '签到码早已失效（疑似翻拍或转发）',
    kind: 'code',
    remedy: 'rescan'
  },
  CODE_OTHER_ACTIVITY: {
    message: '这是另一个活动的签到码，请核对活动',
    label: '使用了其他活动的签到码',
    kind: 'code',
    remedy: null
  },
  NOT_FOUND: {
    message: '该活动不存在',
    label: '选择的活动不存在',
    kind: 'code',
    remedy: null
  },
  TOO_MANY_ATTEMPTS: {
    message: '签到失败次数过多，请 10 分钟后再试',
    label: '签到失败次数过多，已暂停 10 分钟',
    kind: 'limit',
    remedy: null
  },
  WINDOW_NOT_OPEN: {
    message: ({ opensAt }) => `签到尚未开始，将于 ${opensAt} 开放`,
    label: '签到尚未开始',
    kind: 'other',
    remedy: null
  },
  WINDOW_CLOSED: {
    message: ({ closesAt }) => `签到已于 ${closesAt} 结束`,
    label: '签到已结束',
    kind: 'other',
    remedy: null
  },
  NOT_ELIGIBLE: {
    message: ({ orgName }) => `你不在${orgName}参加组织生活，不能在该活动签到`,
    label: '非本组织党员',
    kind: 'other',
    remedy: null
  },
  LOCATION_REQUIRED: {
    message: '该活动需要确认位置，请允许获取位置后重试',
    label: '未提供位置',
    kind: 'other',
    remedy: 'location'
  },
  OUT_OF_RANGE: {
    message: ({ distanceM, radiusM }) => `你距活动地点约 ${distanceM} 米，超出 ${radiusM} 米的签到范围`,
    label: '不在签到范围内',
    kind: 'other',
    remedy: 'location'
  }
}

/** Not refusals of check-in but answers any action can give: the member must sign in first. */
const SIGN_IN_CODES: ReadonlySet<string> = new Set(['UNAUTHENTICATED', 'NOT_BOUND'])

const BY_CODE: ReadonlyMap<string, RefusalEntry> = new Map(Object.entries(REFUSALS) as Array<[string, RefusalEntry]>)
const entryOf = (code: string) => BY_CODE.get(code)

/** The kind of a stored refusal code (an unknown code counts as 'other'). */
export function refusalKind(code: string): RefusalKind {
  return entryOf(code)?.kind ?? 'other'
}

/** The secretary's label of a recorded refusal; an unknown code shows as itself. */
export function refusalLabel(code: string): string {
  return entryOf(code)?.label ?? code
}

/** What the check-in page offers after an answer with this code; null: nothing beyond the short-code form. */
export function remedyOf(code: string): Remedy | null {
  if (SIGN_IN_CODES.has(code)) return 'signIn'
  return entryOf(code)?.remedy ?? null
}
