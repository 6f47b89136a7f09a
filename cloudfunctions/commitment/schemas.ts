// Field schemas of the commitment events: card items, self-check entries, tasks, the template.
import { PROGRESS, TASK_SCOPES } from '@shared/commitment/api'
import { ITEM_TEXT_MAX, MAX_X_ITEMS } from '@shared/commitment/items'
import { MAX_PHOTOS, NOTE_MAX } from '@shared/commitment/checks'
import { MAX_ITEMS_PER_SECTION, MAX_SECTIONS } from '@shared/commitment/template'
import { v } from '@server/validate'

export { id } from '@server/validate'

export const year = () => v.int({ min: 2000, max: 2100, label: '年度' })
export const quarter = () => v.int({ min: 1, max: 4, label: '季度' })
export const rev = () => v.int({ min: 0, max: 1_000_000, label: '版本号' })
const key = (label: string) =>
  v.string({ min: 1, max: 24, label, pattern: /^[a-z0-9-]+$/, patternMessage: `${label}只能由小写字母、数字和连字符组成` })
export const cardId = () => v.string({ min: 1, max: 80, label: '承诺卡编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}$/ })
export const checkId = () => v.string({ min: 1, max: 90, label: '自查编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}:q[1-4]$/ })
export const taskId = () => v.string({ min: 1, max: 40, label: '任务编号', pattern: /^[0-9a-z]+$/ })
export const orgId = () => v.string({ min: 1, max: 64, label: '组织编号', pattern: /^[0-9A-Za-z_:.-]+$/ })
export const reason = (label: string) => v.string({ min: 1, max: 200, label })

export const itemSchema = v.object({
  id: key('事项编号'),
  section: key('栏目'),
  what: v.string({ max: ITEM_TEXT_MAX, label: '承诺内容' }),
  target: v.string({ max: ITEM_TEXT_MAX, label: '目标' }),
  deadline: v.nullable(v.date({ label: '截止日期' })),
  taskId: v.optional(taskId())
})
export const itemsSchema = v.array(itemSchema, { max: MAX_SECTIONS * MAX_ITEMS_PER_SECTION + MAX_X_ITEMS, label: '承诺事项' })

export const entrySchema = v.object({
  itemId: key('事项编号'),
  progress: v.enum(PROGRESS, { label: '进度' }),
  note: v.string({ max: NOTE_MAX, label: '说明' }),
  photos: v.array(v.string({ min: 1, max: 256, label: '照片', pattern: /^cloud:\/\/\S+$/, patternMessage: '照片必须是云存储文件' }), {
    max: MAX_PHOTOS,
    label: '照片'
  })
})

export const taskScope = () => v.enum(TASK_SCOPES, { label: '任务类别' })

export const templateSchema = v.object({
  sections: v.array(
    v.object({
      id: key('栏目编号'),
      name: v.string({ min: 1, max: 12, label: '栏目名称' }),
      minItems: v.int({ min: 0, max: MAX_ITEMS_PER_SECTION, label: '最少项数' }),
      maxItems: v.int({ min: 1, max: MAX_ITEMS_PER_SECTION, label: '最多项数' })
    }),
    { min: 1, max: MAX_SECTIONS, label: '栏目' }
  ),
  checkWindow: v.object({
    daysBeforeQuarterEnd: v.int({ min: 1, max: 28, label: '季度末前天数' }),
    dayOfNextMonth: v.int({ min: 1, max: 28, label: '次月截止日' })
  }),
  groupLeadersReview: v.boolean({ label: '党小组长审核' })
})
