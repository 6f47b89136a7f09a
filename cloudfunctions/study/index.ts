// The `study` cloud function: the yearly study plan and its monthly items, tasks pushed to members, study
// reports 学习报告单 and class hours 学时, the quarterly Party-spirit analysis 党性分析报告, the branch's
// stats. Every action: validate the event → OPENID from the cloud context → roles from the database →
// pure rules in shared/study → record. See docs/study.md.
import { defineFunction } from '@server/router'
import { analysisQueue, commentAnalysis, decideAnalysis, getAnalysis, myAnalysis, saveAnalysis } from './analysis'
import { getPlan, pushPlanItem, pushTask, savePlan } from './plan'
import { fileReport, getTask, myStudy, reportQueue, reviewReport, saveReport } from './reports'
import { branchStatsAction, exportStats } from './stats'

export const main = defineFunction({
  name: 'study',
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
    exportStats
  }
})
