// The `study` cloud function: the yearly study plan and its monthly items, tasks pushed to members, study
// reports 学习报告单 and class hours 学时, the quarterly Party-spirit analysis 党性分析报告, the branch's
// stats, and the daily 08:00 CST timer (deadline-near reminders). Every action: validate the event → OPENID from the cloud context → roles from the database →
// pure rules in shared/study → record. See docs/study.md.
import type { Reply } from '@shared/core/envelope'
import { defineFunction } from '@server/router'
import { analysisQueue, commentAnalysis, decideAnalysis, getAnalysis, myAnalysis, saveAnalysis } from './analysis'
import { getPlan, pushPlanItem, pushTask, savePlan } from './plan'
import { fileReport, getTask, myStudy, reportQueue, reviewReport, saveReport } from './reports'
import { branchStatsAction, exportStats } from './stats'
import { committeeStatsAction, exportCommitteeStats } from './committee'
import { daily } from './timer'

export const main = defineFunction({
  name: 'study',
  timer: dailySafely,
  actions: {
    getPlan,
    savePlan,
    pushPlanItem,
    pushTask,
    myStudy,
    getTask,
    saveReport,
    fileReport,
    reportQueue,
    reviewReport,
    myAnalysis,
    saveAnalysis,
    analysisQueue,
    getAnalysis,
    commentAnalysis,
    decideAnalysis,
    branchStats: branchStatsAction,
    exportStats,
    committeeStats: committeeStatsAction,
    exportCommitteeStats
  }
})

async function dailySafely(time: Date): Promise<Reply<unknown>> {
  try {
    return { ok: true, data: await daily(time) }
  } catch (e) {
    console.error('[study.daily] failed', e)
    return { ok: false, code: 'INTERNAL', message: '学习提醒失败' }
  }
}
