// Field schemas of the voice events.
import { CATEGORIES, STATUSES, SCOPES } from '@shared/voice/api'
import { PHOTOS_MAX } from '@shared/voice/photos'
import { ANSWER_MAX, CONTENT_MAX, LOCATION_MAX, REASON_MAX, TITLE_MAX } from '@shared/voice/rules'
import { v } from '@server/validate'

export const suggestionId = () =>
  v.string({ min: 1, max: 40, label: '建议编号', pattern: /^s[0-9a-f]{24}$/, patternMessage: '建议编号格式不正确' })
export const orgId = () => v.string({ min: 1, max: 64, label: '组织编号', pattern: /^[0-9A-Za-z_:.-]+$/ })
export const memberId = (label: string) => v.string({ min: 1, max: 64, label, pattern: /^[0-9A-Za-z_:.-]+$/ })

export const submitSchema = v.object({
  draftId: v.string({ min: 8, max: 32, label: '草稿编号', pattern: /^[a-z0-9]+$/, patternMessage: '草稿编号格式不正确' }),
  category: v.enum(CATEGORIES, { label: '类别' }),
  title: v.string({ min: 1, max: TITLE_MAX, label: '标题' }),
  content: v.string({ min: 1, max: CONTENT_MAX, label: '情况说明' }),
  location: v.nullable(v.string({ max: LOCATION_MAX, label: '地点' })),
  hiddenFromPeers: v.boolean({ label: '是否对其他党员隐藏' }),
  photos: v.array(v.string({ min: 1, max: 300, label: '照片' }), { max: PHOTOS_MAX, unique: true, label: '照片' })
})

export const listSchema = v.object({
  scope: v.enum(SCOPES, { label: '范围' }),
  orgId: v.optional(orgId()),
  status: v.optional(v.enum(STATUSES, { label: '状态' }))
})

export const answerText = () => v.string({ min: 1, max: ANSWER_MAX, label: '答复内容' })
export const reasonText = () => v.string({ min: 1, max: REASON_MAX, label: '重新打开的理由' })
export const year = () => v.int({ min: 2000, max: 2100, label: '年度' })
