// The function implements exactly the contract (shared/commitment/api.ts): every action exists, and
// (checked by tsc) each handler's data is assignable to the contract's `res`.
import type { CommitmentApi } from '@shared/commitment/api'
import * as card from '../../../cloudfunctions/commitment/card'
import * as checks from '../../../cloudfunctions/commitment/checks'
import * as completion from '../../../cloudfunctions/commitment/completion'
import * as review from '../../../cloudfunctions/commitment/review'
import * as tasks from '../../../cloudfunctions/commitment/tasks'
import * as templates from '../../../cloudfunctions/commitment/templates'
import * as wall from '../../../cloudfunctions/commitment/wall'
import { P, useCommitmentCloud } from './helpers'

type Out<A> = A extends { handler(...args: any[]): Promise<infer O> } ? O : never
type Fits<K extends keyof CommitmentApi, A> = Out<A> extends CommitmentApi[K]['res'] ? K : never
const a = { ...card, ...checks, ...completion, ...review, ...tasks, ...templates, ...wall }
type A = typeof a

// An object with exactly the contract's keys; each value only type-checks when the handler fits.
const ACTIONS: { [K in keyof CommitmentApi]: Fits<K, A[K]> } = {
  myCard: 'myCard',
  saveDraft: 'saveDraft',
  copyLastYear: 'copyLastYear',
  submitCard: 'submitCard',
  takeChallenge: 'takeChallenge',
  submitCheck: 'submitCheck',
  reviewQueue: 'reviewQueue',
  getCard: 'getCard',
  reviewCard: 'reviewCard',
  reviewCheck: 'reviewCheck',
  createTask: 'createTask',
  listTasks: 'listTasks',
  withdrawCard: 'withdrawCard',
  wall: 'wall',
  publicWall: 'publicWall',
  wallLink: 'wallLink',
  getTemplate: 'getTemplate',
  saveTemplate: 'saveTemplate',
  completion: 'completion',
  exportCompletion: 'exportCompletion'
}

const cloud = useCommitmentCloud()

describe('the commitment contract', () => {
  it.each(Object.keys(ACTIONS))('%s is an action of the function (validates its event, writes nothing)', async (name) => {
    const res = await cloud.refused({ action: name, unexpected: 1 }, P.b1Secretary, 'INVALID_INPUT')
    expect(res.details.map((d: any) => d.path)).toContain('unexpected')
  })

  it.each(Object.keys(ACTIONS).filter((n) => n !== 'publicWall'))('%s needs a signed-in caller', async (name) => {
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
