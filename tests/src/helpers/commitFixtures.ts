// Replies shaped like shared/commitment/api.ts, for the commitment pages' tests (component and weapp).
import {
  DEFAULT_SECTIONS,
  type CardItem,
  type CardTemplate,
  type CardVersion,
  type CommitmentCard,
  type MyCardResult,
  type ReviewQueue,
  type SelfCheck,
  type Wall,
  type XTask
} from '@shared/commitment/api'

export function template(overrides: Partial<CardTemplate> = {}): CardTemplate {
  return {
    _id: 'default',
    committeeId: null,
    version: 0,
    savedAt: null,
    savedBy: null,
    sections: DEFAULT_SECTIONS.map((s) => ({ id: s.id, name: s.name, minItems: 1, maxItems: 5 })),
    checkWindow: { daysBeforeQuarterEnd: 15, dayOfNextMonth: 15 },
    groupLeadersReview: false,
    ...overrides
  }
}

/** A filled item of a section: what, a target and a deadline. */
export function item(section: string, n = 1, overrides: Partial<CardItem> = {}): CardItem {
  return { id: `${section}-${n}`, section, what: `${section} 承诺 ${n}`, target: `目标 ${n}`, deadline: '2026-12-20', ...overrides }
}

/** One filled item per default section. */
export const fullItems = (): CardItem[] => DEFAULT_SECTIONS.map((s) => item(s.id))

export function card(overrides: Partial<CommitmentCard> = {}): CommitmentCard {
  return {
    _id: 'm1:2026',
    memberId: 'm1',
    memberName: '王芳',
    orgId: 'b1',
    year: 2026,
    templateId: 'default',
    status: 'draft',
    items: fullItems(),
    rev: 3,
    approvedVersion: null,
    lastVersion: 0,
    returnNote: null,
    withdrawn: null,
    updatedAt: '2026-11-20T02:00:00.000Z',
    ...overrides
  }
}

export function version(overrides: Partial<CardVersion> = {}): CardVersion {
  return {
    version: 1,
    items: fullItems(),
    submittedAt: '2026-11-18T02:00:00.000Z',
    decision: null,
    decidedAt: null,
    decidedBy: null,
    decidedByName: null,
    returnNote: null,
    ...overrides
  }
}

export function task(overrides: Partial<XTask> = {}): XTask {
  return {
    _id: 't1',
    orgId: 'b1',
    year: 2026,
    kind: 'assigned',
    scope: 'quarter',
    title: '冬季除雪保通',
    target: '责任路段 2 小时内通车',
    deadline: '2026-12-31',
    assignees: 'all',
    limit: null,
    takers: [],
    createdBy: 'sec1',
    createdAt: '2026-11-01T02:00:00.000Z',
    ...overrides
  }
}

export function myCard(overrides: Partial<MyCardResult> = {}): MyCardResult {
  return {
    year: 2026,
    template: template(),
    card: null,
    tasks: [task()],
    challenges: [],
    versions: [],
    window: null,
    checks: [],
    lastYear: false,
    orgId: 'b1',
    orgName: '第一养护站党支部',
    ...overrides
  }
}

export function selfCheck(overrides: Partial<SelfCheck> = {}): SelfCheck {
  return {
    _id: 'm1:2026:q4',
    cardId: 'm1:2026',
    memberId: 'm1',
    orgId: 'b1',
    year: 2026,
    quarter: 4,
    version: 1,
    entries: [{ itemId: 'goals-1', progress: 'done', note: '已完成巡查', photos: [] }],
    status: 'submitted',
    returnReason: null,
    submittedAt: '2026-12-20T02:00:00.000Z',
    reviewedAt: null,
    reviewedBy: null,
    rev: 1,
    ...overrides
  }
}

export function queue(overrides: Partial<ReviewQueue> = {}): ReviewQueue {
  return {
    orgId: 'b1',
    year: 2026,
    counts: { missing: 1, draft: 1, submitted: 1, returned: 0, approved: 1 },
    checkCounts: { missing: 1, submitted: 1, accepted: 0, returned: 0 },
    window: { quarter: 4, from: '2026-12-17', to: '2027-01-15' },
    rows: [
      {
        memberId: 'r1',
        name: '张伟',
        groupId: null,
        status: 'submitted',
        cardId: 'r1:2026',
        rev: 2,
        submittedAt: '2026-11-20T02:00:00.000Z',
        check: null,
        checkId: null
      },
      {
        memberId: 'r2',
        name: '赵敏',
        groupId: null,
        status: 'missing',
        cardId: null,
        rev: null,
        submittedAt: null,
        check: null,
        checkId: null
      },
      {
        memberId: 'r3',
        name: '孙强',
        groupId: null,
        status: 'draft',
        cardId: 'r3:2026',
        rev: 1,
        submittedAt: null,
        check: null,
        checkId: null
      },
      {
        memberId: 'r4',
        name: '李明',
        groupId: null,
        status: 'approved',
        cardId: 'r4:2026',
        rev: 5,
        submittedAt: null,
        check: 'submitted',
        checkId: 'r4:2026:q4'
      }
    ],
    ...overrides
  }
}

export function wall(overrides: Partial<Wall> = {}): Wall {
  return {
    orgId: 'b1',
    orgName: '第一养护站党支部',
    year: 2026,
    sections: DEFAULT_SECTIONS.map((s) => ({ id: s.id, name: s.name })),
    cards: [
      {
        cardId: 'm1:2026',
        name: '王芳',
        post: '党员',
        items: [
          { id: 'goals-1', section: 'goals', what: '完成辖区桥梁季度巡查', target: '巡查 12 座', deadline: '2026-12-20', progress: 'done' },
          { id: 'x-t1', section: 'x', what: '冬季除雪保通', target: '2 小时内通车', deadline: '2026-12-31', progress: 'doing' }
        ],
        approvedAt: '2026-11-21T02:00:00.000Z',
        progressQuarter: 3
      }
    ],
    ...overrides
  }
}
