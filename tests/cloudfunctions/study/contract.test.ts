// The function implements exactly the contract (shared/study/api.ts): every action exists, and (checked by
// tsc) each handler's data is assignable to the contract's `res`; every action validates strictly and needs a caller.
import type { StudyApi } from '@shared/study/api'
import * as analysis from '../../../cloudfunctions/study/analysis'
import * as committee from '../../../cloudfunctions/study/committee'
import * as plan from '../../../cloudfunctions/study/plan'
import * as reports from '../../../cloudfunctions/study/reports'
import * as stats from '../../../cloudfunctions/study/stats'
import { P, useStudyCloud } from './helpers'

type Out<A> = A extends { handler(...args: any[]): Promise<infer O> } ? O : never
type Fits<K extends keyof StudyApi, A> = Out<A> extends StudyApi[K]['res'] ? K : never
const a = {
  ...analysis,
  ...plan,
  ...reports,
  ...stats,
  ...committee,
  branchStats: stats.branchStatsAction,
  committeeStats: committee.committeeStatsAction
}
type A = typeof a

const ACTIONS: { [K in keyof StudyApi]: Fits<K, A[K]> } = {
  getPlan: 'getPlan',
  savePlan: 'savePlan',
  pushPlanItem: 'pushPlanItem',
  pushTask: 'pushTask',
  myStudy: 'myStudy',
  getTask: 'getTask',
  saveReport: 'saveReport',
  fileReport: 'fileReport',
  reportQueue: 'reportQueue',
  reviewReport: 'reviewReport',
  myAnalysis: 'myAnalysis',
  saveAnalysis: 'saveAnalysis',
  analysisQueue: 'analysisQueue',
  getAnalysis: 'getAnalysis',
  commentAnalysis: 'commentAnalysis',
  decideAnalysis: 'decideAnalysis',
  branchStats: 'branchStats',
  exportStats: 'exportStats',
  committeeStats: 'committeeStats',
  exportCommitteeStats: 'exportCommitteeStats'
}

const cloud = useStudyCloud()

describe('the study contract', () => {
  it.each(Object.keys(ACTIONS))('%s validates its event strictly and writes nothing', async (name) => {
    const res = await cloud.refused({ action: name, unexpected: 1 }, P.b1Secretary, 'INVALID_INPUT')
    expect(res.details.map((d: any) => d.path)).toContain('unexpected')
  })

  it.each(Object.keys(ACTIONS))('%s needs a signed-in, bound caller', async (name) => {
    const res = await cloud.call({ action: name }, '')
    expect(res.ok).toBe(false)
    expect(['UNAUTHENTICATED', 'INVALID_INPUT']).toContain(res.code)
  })

  it('an unknown action is refused', async () => {
    expect(await cloud.call({ action: 'deleteEverything' }, P.b1Secretary)).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '未知的操作'
    })
  })
})
