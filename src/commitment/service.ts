// Typed helpers for the `commitment` cloud function (the contract: shared/commitment/api.ts), on the one transport.
import type { CardItem, CheckEntry, CommitmentApi, TemplateInput } from '@shared/commitment/api'
import { callCloud } from '@/core/cloud'

type Req<A extends keyof CommitmentApi> = CommitmentApi[A]['req']

export const commitment = {
  myCard: (year?: number) => callCloud('commitment', year ? { action: 'myCard', year } : { action: 'myCard' }),
  saveDraft: (year: number, items: CardItem[], rev: number) => callCloud('commitment', { action: 'saveDraft', year, items, rev }),
  copyLastYear: (year: number) => callCloud('commitment', { action: 'copyLastYear', year }),
  submitCard: (year: number, rev: number) => callCloud('commitment', { action: 'submitCard', year, rev }),
  takeChallenge: (taskId: string) => callCloud('commitment', { action: 'takeChallenge', taskId }),
  submitCheck: (year: number, quarter: number, entries: CheckEntry[], rev?: number) =>
    callCloud(
      'commitment',
      rev === undefined ? { action: 'submitCheck', year, quarter, entries } : { action: 'submitCheck', year, quarter, entries, rev }
    ),
  reviewQueue: (orgId: string) => callCloud('commitment', { action: 'reviewQueue', orgId }),
  getCard: (cardId: string) => callCloud('commitment', { action: 'getCard', cardId }),
  reviewCard: (req: Omit<Req<'reviewCard'>, 'action'>) => callCloud('commitment', { action: 'reviewCard', ...req }),
  reviewCheck: (req: Omit<Req<'reviewCheck'>, 'action'>) => callCloud('commitment', { action: 'reviewCheck', ...req }),
  createTask: (req: Omit<Req<'createTask'>, 'action'>) => callCloud('commitment', { action: 'createTask', ...req }),
  listTasks: (orgId: string) => callCloud('commitment', { action: 'listTasks', orgId }),
  withdrawCard: (cardId: string, reason: string) => callCloud('commitment', { action: 'withdrawCard', cardId, reason }),
  wall: (orgId?: string) => callCloud('commitment', orgId ? { action: 'wall', orgId } : { action: 'wall' }),
  publicWall: (token: string) => callCloud('commitment', { action: 'publicWall', token }),
  wallLink: (orgId: string) => callCloud('commitment', { action: 'wallLink', orgId }),
  getTemplate: () => callCloud('commitment', { action: 'getTemplate' }),
  saveTemplate: (template: TemplateInput) => callCloud('commitment', { action: 'saveTemplate', template }),
  completion: () => callCloud('commitment', { action: 'completion' }),
  exportCompletion: (year: number) => callCloud('commitment', { action: 'exportCompletion', year })
}
