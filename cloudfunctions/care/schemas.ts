// Field schemas of the care events.
import { OCCASION_NAME_MAX } from '@shared/care/occasions'
import { v } from '@server/validate'

export const memberId = () => v.string({ min: 1, max: 64, label: '党员编号', pattern: /^[0-9A-Za-z_:.-]+$/ })
export const orgId = () => v.string({ min: 1, max: 64, label: '组织编号', pattern: /^[0-9A-Za-z_:.-]+$/ })
export const kind = () => v.enum(['talk', 'visit'] as const, { label: '类别' })
export const occasionSchema = v.object({
  id: v.string({ min: 1, max: 24, label: '编号', pattern: /^[a-z0-9-]+$/, patternMessage: '编号只能由小写字母、数字和连字符组成' }),
  kind: kind(),
  name: v.string({ min: 1, max: OCCASION_NAME_MAX, label: '名称' })
})
