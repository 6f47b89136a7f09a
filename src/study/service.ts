// Typed helpers for the `study` cloud function (the contract: shared/study/api.ts), on the one transport.
import type { AnalysisText, PlanItem, ReportText, StudyApi, Verdict } from '@shared/study/api'
import { callCloud } from '@/core/cloud'

type Res<A extends keyof StudyApi> = StudyApi[A]['res']

export const study = {
  getPlan: (orgId: string, year?: number): Promise<Res<'getPlan'>> =>
    callCloud('study', year ? { action: 'getPlan', orgId, year } : { action: 'getPlan', orgId }),
  savePlan: (orgId: string, year: number, items: PlanItem[], rev: number) =>
    callCloud('study', { action: 'savePlan', orgId, year, items, rev }),
  pushTask: (orgId: string, year: number, itemId: string, material: StudyApi['pushTask']['req']['material'], deadline: string) =>
    callCloud('study', { action: 'pushTask', orgId, year, itemId, material, deadline }),
  myStudy: (): Promise<Res<'myStudy'>> => callCloud('study', { action: 'myStudy' }),
  getTask: (taskId: string): Promise<Res<'getTask'>> => callCloud('study', { action: 'getTask', taskId }),
  saveReport: (taskId: string, text: ReportText, rev: number) => callCloud('study', { action: 'saveReport', taskId, text, rev }),
  fileReport: (taskId: string, text: ReportText, rev: number) => callCloud('study', { action: 'fileReport', taskId, text, rev }),
  reportQueue: (orgId: string): Promise<Res<'reportQueue'>> => callCloud('study', { action: 'reportQueue', orgId }),
  reviewReport: (reportId: string, rev: number, decision: 'accept' | 'return', reason?: string) =>
    callCloud(
      'study',
      reason ? { action: 'reviewReport', reportId, rev, decision, reason } : { action: 'reviewReport', reportId, rev, decision }
    ),
  myAnalysis: (): Promise<Res<'myAnalysis'>> => callCloud('study', { action: 'myAnalysis' }),
  saveAnalysis: (year: number, quarter: number, text: AnalysisText, rev: number, submit: boolean) =>
    callCloud('study', { action: 'saveAnalysis', year, quarter, text, rev, submit }),
  analysisQueue: (orgId: string, year: number, quarter: number): Promise<Res<'analysisQueue'>> =>
    callCloud('study', { action: 'analysisQueue', orgId, year, quarter }),
  commentAnalysis: (analysisId: string, rev: number, text: string) =>
    callCloud('study', { action: 'commentAnalysis', analysisId, rev, text }),
  decideAnalysis: (analysisId: string, rev: number, verdict: Verdict, reason?: string) =>
    callCloud(
      'study',
      reason ? { action: 'decideAnalysis', analysisId, rev, verdict, reason } : { action: 'decideAnalysis', analysisId, rev, verdict }
    ),
  branchStats: (orgId: string): Promise<Res<'branchStats'>> => callCloud('study', { action: 'branchStats', orgId }),
  exportStats: (orgId: string) => callCloud('study', { action: 'exportStats', orgId }),
  pushPlanItem: (committeeId: string, year: number, itemId: string): Promise<Res<'pushPlanItem'>> =>
    callCloud('study', { action: 'pushPlanItem', committeeId, year, itemId }),
  committeeStats: (committeeId: string): Promise<Res<'committeeStats'>> => callCloud('study', { action: 'committeeStats', committeeId }),
  exportCommitteeStats: (committeeId: string) => callCloud('study', { action: 'exportCommitteeStats', committeeId })
}
