// Field schemas of the study events.
import { AUDIENCE_KINDS, MATERIAL_KINDS, VERDICTS } from '@shared/study/api'
import { ANALYSIS_MAX } from '@shared/study/analysis'
import { HOURS_MAX, MAX_PLAN_ITEMS } from '@shared/study/plan'
import { REPORT_MAX } from '@shared/study/report'
import { v } from '@server/validate'

export const year = () => v.int({ min: 2000, max: 2100, label: '年度' })
export const quarter = () => v.int({ min: 1, max: 4, label: '季度' })
export const rev = () => v.int({ min: 0, max: 1_000_000, label: '版本号' })
export const orgId = (label = '组织编号') => v.string({ min: 1, max: 64, label, pattern: /^[0-9A-Za-z_.-]+$/ })
const key = (label: string) =>
  v.string({ min: 1, max: 24, label, pattern: /^[a-z0-9-]+$/, patternMessage: `${label}只能由小写字母、数字和连字符组成` })
export const itemId = () => key('计划条目编号')
/** `<orgId>:<year>:<itemId>` or `<orgId>:<year>:relearn-q<q>`. */
export const taskId = () => v.string({ min: 1, max: 100, label: '学习任务编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}:[a-z0-9-]+$/ })
/** `<taskId>:<memberId>`. */
export const reportId = () =>
  v.string({ min: 1, max: 170, label: '学习报告编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}:[a-z0-9-]+:[0-9A-Za-z_.-]+$/ })
/** `<memberId>:<year>q<quarter>`. */
export const analysisId = () => v.string({ min: 1, max: 80, label: '党性分析编号', pattern: /^[0-9A-Za-z_.-]+:\d{4}q[1-4]$/ })

const long = (label: string, max: number) => v.string({ max, label })

export const reportText = () =>
  v.object(
    { studied: long('学习内容', REPORT_MAX), insights: long('心得体会', REPORT_MAX), changes: long('改进举措', REPORT_MAX) },
    { label: '学习报告' }
  )

export const analysisText = () =>
  v.object(
    {
      learned: long('学习情况', ANALYSIS_MAX),
      insights: long('心得体会', ANALYSIS_MAX),
      orgLife: long('参加组织生活情况', ANALYSIS_MAX),
      problems: long('查找的问题', ANALYSIS_MAX),
      causes: long('原因分析', ANALYSIS_MAX),
      measures: long('整改措施', ANALYSIS_MAX),
      lastMeasures: long('上季度整改措施落实情况', ANALYSIS_MAX)
    },
    { label: '党性分析' }
  )

export const audience = () =>
  v.object({ kind: v.enum(AUDIENCE_KINDS, { label: '学习对象' }), groupId: v.optional(orgId('党小组')) }, { label: '学习对象' })

/** Hours are checked in half hours by planIssues; here only the type and the range. */
const hours = () => ({
  label: '学时',
  check(value: unknown, path: string, issues: Array<{ path: string; message: string }>): number {
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > HOURS_MAX) {
      issues.push({ path, message: `学时应为 0.5–${HOURS_MAX}` })
      return 0
    }
    return value
  }
})

export const planItems = () =>
  v.array(
    v.object({
      id: itemId(),
      month: v.int({ min: 1, max: 12, label: '月份' }),
      content: v.string({ min: 1, max: 200, label: '学习内容' }),
      hours: hours(),
      required: v.boolean({ label: '必学' }),
      audience: audience(),
      fromCommittee: v.optional(orgId('党委'))
    }),
    { max: MAX_PLAN_ITEMS, label: '学习计划' }
  )

export const material = () =>
  v.object(
    {
      kind: v.enum(MATERIAL_KINDS, { label: '材料类型' }),
      text: v.string({ max: 2000, label: '学习材料' }),
      url: v.optional(
        v.string({ min: 1, max: 500, label: '学习链接', pattern: /^https:\/\/[^\s]+$/, patternMessage: '学习链接须以 https:// 开头' })
      ),
      activityId: v.optional(v.string({ min: 1, max: 20, label: '集中学习活动', pattern: /^a[0-9a-z]+$/ })),
      attachment: v.optional(
        v.object(
          { fileID: v.string({ min: 1, max: 400, label: '附件' }), name: v.string({ min: 1, max: 100, label: '附件名称' }) },
          { label: '附件' }
        )
      )
    },
    { label: '学习材料' }
  )

export const verdict = () => v.enum(VERDICTS, { label: '评定结果' })
export const reason = (label: string) => v.string({ min: 1, max: 200, label })
