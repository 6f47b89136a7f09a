// View helpers of the voice pages: tag tones, lines, the sheet's client-side checks, draft ids. Pure
// (draftId takes its randomness as an argument).
import { cstDateTime } from '@shared/core/time'
import {
  CATEGORY_LABEL,
  MODERATION_LABEL,
  STATUS_LABEL,
  type Category,
  type Moderation,
  type Overdue,
  type Status,
  type SuggestionSummary
} from '@shared/voice/api'
import { PHOTOS_MAX } from '@shared/voice/photos'
import { CONTENT_MAX, LOCATION_MAX, TITLE_MAX } from '@shared/voice/rules'
import type { TagTone } from '@/core/components/Tag'

export const STATUS_TONE: Record<Status, TagTone> = {
  submitted: 'warn',
  received: 'blue',
  handling: 'blue',
  answered: 'red',
  reopened: 'warn',
  closed: 'plain'
}

export const OVERDUE_LABEL: Record<Exclude<Overdue, null>, string> = { receive: '超期未受理', answer: '超期未答复' }

/** The small line under a suggestion's title in lists. */
export function summaryLine(s: Pick<SuggestionSummary, 'category' | 'memberName' | 'submittedAt' | 'photoCount'>): string {
  const parts = [CATEGORY_LABEL[s.category], s.memberName, cstDateTime(s.submittedAt)]
  if (s.photoCount) parts.push(`${s.photoCount} 张照片`)
  return parts.filter(Boolean).join(' · ')
}

/** What the author is told about content security; null when it passed. */
export function moderationNote(m: Moderation): string | null {
  if (m === 'pending') return `${MODERATION_LABEL.pending}：通过前只有你和支部书记能看到`
  if (m === 'held') return `${MODERATION_LABEL.held}：有内容未通过安全检测，只有你和支部书记能看到，支部仍会办理`
  return null
}

export const statusText = (s: Status) => STATUS_LABEL[s]

export interface SheetDraft {
  category: Category | null
  title: string
  content: string
  location: string
  photos: string[]
}

/** Problems by field, in Chinese; empty when the sheet may be sent. */
export function sheetProblems(d: SheetDraft): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  const add = (k: string, m: string) => {
    out[k] = [...(out[k] ?? []), m]
  }
  if (!d.category) add('category', '请选择类别')
  if (!d.title.trim()) add('title', '请填写标题')
  if (d.title.trim().length > TITLE_MAX) add('title', `标题不能超过 ${TITLE_MAX} 个字`)
  if (!d.content.trim()) add('content', '请说明情况或建议')
  if (d.content.trim().length > CONTENT_MAX) add('content', `情况说明不能超过 ${CONTENT_MAX} 个字`)
  if (d.location.trim().length > LOCATION_MAX) add('location', `地点不能超过 ${LOCATION_MAX} 个字`)
  if (d.photos.length > PHOTOS_MAX) add('photos', `最多 ${PHOTOS_MAX} 张照片`)
  return out
}

/** A sheet's draft id: 16 characters of [a-z0-9] from `random` (Math.random in the page). */
export function newDraftId(random: () => number): string {
  let s = ''
  while (s.length < 16) s += Math.floor(random() * 36).toString(36)
  return s
}
