// Study answers shaped like the `study` function's (shared/study/api.ts).
import type { Analysis, BranchStats, CommitteeStats, MyTask, PlanItem, StudyPlan, StudyReport, StudyTask } from '@shared/study/api'

export function studyTask(overrides: Partial<StudyTask> = {}): StudyTask {
  return {
    _id: 'b1:2026:mar-1',
    orgId: 'b1',
    year: 2026,
    origin: 'plan',
    itemId: 'mar-1',
    title: '学习党章',
    hours: 2,
    required: true,
    audience: { kind: 'all' },
    memberIds: [],
    material: { kind: 'text', text: '请学习党章总纲' },
    deadline: '2026-03-31',
    pushedBy: 'r1',
    pushedAt: '2026-03-01T02:00:00.000Z',
    ...overrides
  }
}

export function studyReport(overrides: Partial<StudyReport> = {}): StudyReport {
  return {
    _id: 'b1:2026:mar-1:m1',
    taskId: 'b1:2026:mar-1',
    memberId: 'm1',
    name: '王芳',
    orgId: 'b1',
    groupId: 'g1',
    year: 2026,
    studied: '党章总纲部分',
    insights: '深刻认识到党章是立党治党管党的总章程，要时时对照。',
    changes: '每周对照党章检查一次',
    status: 'submitted',
    late: false,
    submittedAt: '2026-03-20T02:00:00.000Z',
    returnReason: null,
    reviewedBy: null,
    reviewedByName: null,
    reviewedAt: null,
    hours: 0,
    rev: 2,
    updatedAt: '2026-03-20T02:00:00.000Z',
    ...overrides
  }
}

export function myTask(overrides: Partial<MyTask> = {}): MyTask {
  return { task: studyTask(), report: null, overdue: false, checkedIn: false, hours: 0, ...overrides }
}

export function planItem(overrides: Partial<PlanItem> = {}): PlanItem {
  return { id: 'mar-1', month: 3, content: '学习党章', hours: 2, required: true, audience: { kind: 'all' }, ...overrides }
}

export function studyPlan(items: PlanItem[] = [planItem()]): StudyPlan {
  return { _id: 'b1:2026', orgId: 'b1', year: 2026, items, rev: 1, updatedAt: null, updatedBy: null }
}

export function analysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    _id: 'm1:2026q1',
    memberId: 'm1',
    name: '王芳',
    orgId: 'b1',
    groupId: 'g1',
    year: 2026,
    quarter: 1,
    learned: '学习了党章和二十大报告',
    insights: '更加坚定了理想信念，认识到理论学习还有差距。',
    orgLife: '本季度应参加组织生活 3 次，实际签到 3 次。',
    problems: '理论学习不够系统，时紧时松',
    causes: '一线任务重，工学矛盾处理不好',
    measures: '每周固定两个晚上学习',
    lastMeasures: '',
    status: 'submitted',
    orgLifeCount: { present: 3, expected: 3 },
    late: false,
    submittedAt: '2026-03-20T02:00:00.000Z',
    groupComment: null,
    verdict: null,
    rev: 1,
    updatedAt: '2026-03-20T02:00:00.000Z',
    ...overrides
  }
}

export function myStudyResult(tasks: MyTask[] = [myTask()]) {
  return {
    year: 2026,
    tasks,
    hours: tasks.reduce((s, t) => s + t.hours, 0),
    requiredDue: 1,
    requiredDone: 0,
    analysis: null,
    window: { year: 2026, quarter: 1, from: '2026-03-01', due: '2026-04-15' }
  }
}

/** One stats row (branch, group, member or committee branch): its counts and the completion they make. */
const row = (id: string, name: string, members: number, hours: number, due: number, done: number) => ({
  id,
  name,
  members,
  hours,
  requiredDue: due,
  requiredDone: done,
  completion: due ? done / due : null
})

export function branchStats(): BranchStats {
  return {
    orgId: 'b1',
    orgName: '第一养护站党支部',
    year: 2026,
    asOf: '2026-03-20',
    branch: row('b1', '第一养护站党支部', 2, 3.5, 3, 2),
    groups: [row('g1', '一组', 2, 3.5, 3, 2)],
    members: [
      { ...row('m1', '王芳', 1, 2, 1, 1), groupId: 'g1' },
      { ...row('r2', '赵敏', 1, 1.5, 2, 1), groupId: 'g1' }
    ]
  }
}

/** A committee's stats: two branches (one with reports waiting and analyses in several states) and the total. */
export function committeeStats(): CommitteeStats {
  const zero = { notFiled: 0, submitted: 0, commented: 0, passed: 0, returned: 0, relearn: 0, talk: 0 }
  const b1 = {
    ...row('b1', '第一养护站党支部', 11, 30, 22, 15),
    reportsWaiting: 3,
    analyses: { ...zero, notFiled: 5, submitted: 2, passed: 4 }
  }
  const b2 = { ...row('b2', '第二养护站党支部', 8, 0, 0, 0), reportsWaiting: 0, analyses: { ...zero, notFiled: 8 } }
  return {
    committeeId: 'c1',
    committeeName: '养护集团党委',
    year: 2026,
    quarter: 1,
    asOf: '2026-03-20',
    total: {
      ...row('c1', '养护集团党委', 19, 30, 22, 15),
      reportsWaiting: 3,
      analyses: { ...zero, notFiled: 13, submitted: 2, passed: 4 }
    },
    branches: [b1, b2]
  }
}
