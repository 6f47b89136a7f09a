// Shared set-up for the study integration tests: the demo organisation seeded once per file (study data
// emptied), restored before each test, the clock (Date only) held at a fixed instant. 第一养护中心党支部
// (org-b1): m03 secretary (group g1), m04 deputy (g2), m05 committee member and g1's leader, m06 g2's
// leader; g1: m07 m09 m10 m13; g2: m08 m11 m12 (m10–m12 dispatched). m14 is org-b2's secretary, m01 staff.
import type { PlanItem } from '@shared/study/api'
import { type FunctionCloud, setNow, useFunctionCloud } from '@tests/cloudfunctions/functionCloud'

export { as, expectFail, expectOk, P } from '@tests/cloudfunctions/member/helpers'
export { setNow }

/** Collections the study function writes (a refusal must leave them equal); talks: a 个别谈话 verdict. */
export const STUDY_COLLECTIONS = ['studyPlans', 'studyTasks', 'studyReports', 'studyAnalyses', 'talks']

/** 2026-03-20 10:00 CST: Q1's analysis open (since 03-01, due 04-15). */
export const MARCH_20 = '2026-03-20T02:00:00Z'

export type StudyCloud = FunctionCloud

export function useStudyCloud(at = MARCH_20): StudyCloud {
  return useFunctionCloud({
    fn: 'study',
    collections: STUDY_COLLECTIONS,
    at,
    // The demo's study consents (m04, m12): each test grants its own.
    prepare: async (tc) => {
      await tc.db
        .collection('consents')
        .where({ templateKey: tc.db.command.in(['studyTask', 'studyReturned', 'studyAnalysis']) })
        .remove()
    }
  })
}

export const item = (id: string, patch: Partial<PlanItem> = {}): PlanItem => ({
  id,
  month: 3,
  content: `三月学习：${id}`,
  hours: 2,
  required: true,
  audience: { kind: 'all' },
  ...patch
})

export const GOOD_REPORT = {
  studied: '学习了党的二十大报告第一部分',
  insights: '深刻认识到新时代十年的伟大变革来之不易，要把学习成果转化为养护一线的实际行动。',
  changes: '每周检查一次路面病害台账，及时上报'
}

export const GOOD_ANALYSIS = {
  learned: '本季度学习了党章和二十大报告',
  insights: '通过学习更加坚定了理想信念，认识到自身理论学习还有差距，要持续用力。',
  orgLife: '',
  problems: '理论学习不够系统，时紧时松',
  causes: '一线任务重，没有处理好工学矛盾',
  measures: '每周固定两个晚上学习，每月写一篇心得',
  lastMeasures: ''
}

/** The secretary saves a plan with `items` for org-b1 2026 and pushes the first as a text task due `deadline`. */
export async function pushed(cloud: StudyCloud, items: PlanItem[] = [item('mar-1')], deadline = '2026-03-31') {
  await cloud.ok({ action: 'savePlan', orgId: 'org-b1', year: 2026, items, rev: 0 }, 'm03')
  const { task } = await cloud.ok(
    { action: 'pushTask', orgId: 'org-b1', year: 2026, itemId: items[0].id, material: { kind: 'text', text: '请学习材料' }, deadline },
    'm03'
  )
  return task
}

/** `who` files a good report for `taskId` (first filing: rev 0). */
export async function filed(cloud: StudyCloud, taskId: string, who = 'm07', rev = 0) {
  return (await cloud.ok({ action: 'fileReport', taskId, text: GOOD_REPORT, rev }, who)).report
}
