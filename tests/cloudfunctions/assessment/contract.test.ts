// The function implements exactly the contract (shared/assessment/api.ts): every action
// exists, and (checked by tsc) each handler's data is assignable to the contract's `res`.
import type { AssessmentApi } from '@shared/assessment/api'
import * as board from '../../../cloudfunctions/assessment/board'
import * as compute from '../../../cloudfunctions/assessment/compute'
import * as desk from '../../../cloudfunctions/assessment/desk'
import * as masses from '../../../cloudfunctions/assessment/masses'
import * as mine from '../../../cloudfunctions/assessment/mine'
import * as objections from '../../../cloudfunctions/assessment/objections'
import * as periods from '../../../cloudfunctions/assessment/periods'
import * as rating from '../../../cloudfunctions/assessment/rating'
import * as rubrics from '../../../cloudfunctions/assessment/rubrics'
import * as talks from '../../../cloudfunctions/assessment/talks'
import { useAssessmentCloud } from './helpers'

type Out<A> = A extends { handler(...args: any[]): Promise<infer O> } ? O : never
type Fits<K extends keyof AssessmentApi, A> = Out<A> extends AssessmentApi[K]['res'] ? K : never
const a = { ...board, ...compute, ...desk, ...masses, ...mine, ...objections, ...periods, ...rating, ...rubrics, ...talks }
type A = typeof a

// An object with exactly the contract's keys; each value only type-checks when the handler fits.
const ACTIONS: { [K in keyof AssessmentApi]: Fits<K, A[K]> } = {
  getRubric: 'getRubric',
  listRubrics: 'listRubrics',
  saveRubric: 'saveRubric',
  openPeriod: 'openPeriod',
  listPeriods: 'listPeriods',
  getPeriod: 'getPeriod',
  myPeriods: 'myPeriods',
  rateTargets: 'rateTargets',
  rate: 'rate',
  issueMassesCodes: 'issueMassesCodes',
  massesForm: 'massesForm',
  massesRate: 'massesRate',
  closePeriod: 'closePeriod',
  compute: 'compute',
  results: 'results',
  publish: 'publish',
  reopenPeriod: 'reopenPeriod',
  board: 'board',
  memberResult: 'memberResult',
  fileObjection: 'fileObjection',
  answerObjection: 'answerObjection',
  listObjections: 'listObjections',
  listTalks: 'listTalks',
  assignTalk: 'assignTalk',
  recordTalk: 'recordTalk',
  ackTalk: 'ackTalk',
  overview: 'overview',
  exportResults: 'exportResults',
  auditLog: 'auditLog'
}

const cloud = useAssessmentCloud()

describe('the assessment contract', () => {
  it.each(Object.keys(ACTIONS))('%s is an action of the function (validates its event)', async (name) => {
    const res = await cloud.call({ action: name, unexpected: 1 }, 'm07')
    expect(res).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
    expect(res.details.map((d: any) => d.path)).toContain('unexpected')
  })

  it('an unknown action is refused', async () => {
    expect(await cloud.call({ action: 'deleteEverything' }, 'm07')).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '未知的操作'
    })
  })
})
