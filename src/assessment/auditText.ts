// The audit log in words (操作记录): who (a name; peer and masses ratings by their source only), when
// (CST), what and to whom, and what changed — never an id, a rater key, an ISO instant or JSON.
// Pure; table-tested.
import { FLAG_LABEL, SOURCE_LABEL, type AuditEntry, type Flag, type PeriodStatus, type TalkStatus } from '@shared/assessment/api'
import { auditSubject } from '@shared/assessment/audit'
import { PERIOD_STATUS_LABEL, TALK_STATUS_LABEL } from '@shared/assessment/labels'
import { cstDateTime } from '@shared/core/time'

export interface AuditLine {
  /** YYYY-MM-DD HH:mm, CST. */
  at: string
  who: string
  what: string
  detail: string | null
}

type Names = Readonly<Record<string, string>>
type Fields = Record<string, unknown>

const VERB: Record<string, string> = {
  openPeriod: '开启考评',
  closePeriod: '截止评分',
  compute: '计算结果',
  publish: '发布公示',
  reopenPeriod: '重新开启',
  rate: '评分',
  changeRating: '修改评分',
  issueMassesCodes: '发放群众参评码',
  createTalk: '生成谈话任务',
  updateTalk: '更新谈话任务',
  cancelTalk: '撤销谈话任务',
  assignTalk: '指派谈话',
  recordTalk: '记录谈话',
  ackTalk: '确认谈话记录',
  fileObjection: '提出异议',
  refileObjection: '修改异议',
  answerObjection: '答复异议'
}

/** The action in Chinese; one the client does not know yet is 其他操作 (never its English name). */
export const auditVerb = (action: string): string => VERB[action] ?? '其他操作'

const ANONYMOUS: Record<string, string> = { peer: '党员互评（匿名）', masses: '群众评议（匿名）' }

const fields = (x: unknown): Fields => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Fields) : {})
const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null)
const str = (x: unknown): string | null => (typeof x === 'string' && x ? x : null)
const cut = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s)
/** A known value's word, or null. */
const word = <K extends string>(labels: Record<K, string>, x: unknown): string | null =>
  typeof x === 'string' && Object.prototype.hasOwnProperty.call(labels, x) ? labels[x as K] : null
const flagWord = (x: unknown) => word<Flag>(FLAG_LABEL, x)

/** 黄旗 84 分 (either part may be missing). */
function flagTotal(f: Fields): string {
  return [flagWord(f.flag), num(f.total) !== null ? `${num(f.total)} 分` : null].filter(Boolean).join(' ')
}

/** A rating's scores in a few words: 合计 68 分，加分 2 分，否决项 1 项，评语“…”. */
function ratingSummary(x: unknown): string | null {
  const f = fields(x)
  const scores = Object.values(fields(f.scores)).map(num)
  if (!scores.length) return null
  const sum = scores.reduce<number>((s, n) => s + (n ?? 0), 0)
  const bonus = Object.values(fields(f.bonus)).reduce<number>((s, n) => s + (num(n) ?? 0), 0)
  const vetoes = Array.isArray(f.vetoes) ? f.vetoes.length : 0
  const comment = str(f.comment)
  return [
    `合计 ${sum} 分`,
    bonus ? `加分 ${bonus} 分` : null,
    vetoes ? `否决项 ${vetoes} 项` : null,
    comment ? `评语“${cut(comment, 30)}”` : null
  ]
    .filter(Boolean)
    .join('，')
}

/** 第 3 名 · 黄旗 84 分 for a computed result. */
function resultBrief(x: unknown): string {
  const f = fields(x)
  return [flagTotal(f), num(f.rank) !== null ? `第 ${num(f.rank)} 名` : null].filter(Boolean).join('，')
}

const change = (before: string | null, after: string | null): string | null =>
  before && after ? (before === after ? after : `${before} → ${after}`) : (after ?? before)

/** The rubric version a period froze: 'c1:v2' → 细则第 2 版; 'default' → 默认细则. */
function rubricWord(id: unknown): string | null {
  const s = str(id)
  if (!s) return null
  const v = /:v(\d+)$/.exec(s)
  return v ? `细则第 ${v[1]} 版` : s === 'default' ? '默认细则' : null
}

function detailOf(e: AuditEntry, name: (id: unknown) => string): string | null {
  const b = fields(e.before)
  const a = fields(e.after)
  switch (e.action) {
    case 'openPeriod':
      return [str(a.name) ? `“${a.name}”` : null, rubricWord(a.rubricId)].filter(Boolean).join('，') || null
    case 'publish':
      return str(a.publicityEndsAt) ? `公示至 ${cstDateTime(a.publicityEndsAt as string)}` : null
    case 'reopenPeriod': {
      const status = word<PeriodStatus>(PERIOD_STATUS_LABEL, b.status)
      const was = status ? `原为${status}` : null
      return [was, str(a.reason) ? `原因：${cut(a.reason as string)}` : null].filter(Boolean).join('，') || null
    }
    case 'rate':
    case 'changeRating':
      // Peer and masses ratings are logged without scores (before/after null): nothing to show.
      return change(ratingSummary(e.before), ratingSummary(e.after))
    case 'compute':
      return change(e.before ? resultBrief(e.before) : null, resultBrief(e.after))
    case 'issueMassesCodes': {
      const total = num(a.issued)
      const now = total !== null ? total - (num(b.issued) ?? 0) : null
      return total !== null ? `本次 ${now} 个，累计 ${total} 个` : null
    }
    case 'createTalk':
      return [
        flagTotal(a) || null,
        str(a.talkerId) ? `谈话人 ${name(a.talkerId)}` : null,
        str(a.dueAt) ? `${cstDateTime(a.dueAt as string)} 前完成` : null
      ]
        .filter(Boolean)
        .join('，')
    case 'updateTalk':
      return change(flagTotal(b) || null, flagTotal(a) || null)
    case 'cancelTalk': {
      const status = word<TalkStatus>(TALK_STATUS_LABEL, b.status)
      return [flagTotal(b) ? `原为${flagTotal(b)}` : null, status, '重新计算后无需谈话'].filter(Boolean).join('，')
    }
    case 'assignTalk':
      return change(str(b.talkerId) ? `谈话人 ${name(b.talkerId)}` : null, str(a.talkerId) ? `谈话人 ${name(a.talkerId)}` : null)
    case 'recordTalk': {
      const date = str(fields(a.record).date)
      return date ? `谈话日期 ${date}` : null
    }
    case 'fileObjection':
    case 'refileObjection':
      return str(a.reason) ? `理由：${cut(a.reason as string)}` : null
    case 'answerObjection':
      return str(a.answer) ? `答复：${cut(a.answer as string)}` : null
    default:
      return null
  }
}

/** One entry as a line of words. `names`: member id → name (the server's, and what the page knows). */
export function auditLine(e: AuditEntry, names: Names): AuditLine {
  const name = (id: unknown) => (typeof id === 'string' && names[id]) || '（未知成员）'
  const s = auditSubject(e.target)
  const verb = auditVerb(e.action)
  let what = verb
  if (s.kind === 'rating') what = `${verb}：${name(s.memberId)}（${SOURCE_LABEL[s.source]}）`
  else if (s.kind === 'result' || s.kind === 'talk' || s.kind === 'objection') what = `${verb}：${name(s.memberId)}`
  return { at: cstDateTime(e.at), who: ANONYMOUS[e.by] ?? name(e.by), what, detail: detailOf(e, name) }
}
