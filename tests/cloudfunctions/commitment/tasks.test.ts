// X tasks: assigned to one, several or all members, or a challenge 揭榜挂帅 taken first come up to its
// limit (atomic under a race); X items on a card only from these tasks, carrying the task's words.
import { B1_MEMBERS } from '@tests/cloudfunctions/member/helpers'
import { expectFail, expectOk, fullItems, P, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()

const task = (over: Record<string, unknown> = {}) => ({
  action: 'createTask',
  orgId: 'org-b1',
  year: 2026,
  kind: 'assigned',
  scope: 'quarter',
  title: '二季度桥梁巡检',
  target: '完成 12 座桥梁巡检',
  deadline: '2026-06-30',
  assignees: ['m07', 'm08'],
  ...over
})
const challenge = (limit: number) =>
  task({ kind: 'challenge', scope: 'year', title: '揭榜：隧道照明节能改造', assignees: undefined, limit })

describe('createTask', () => {
  it.each([
    ['the secretary', P.b1Secretary],
    ['the deputy', P.b1Deputy],
    ['a committee member', P.b1CommitteeAndG1Leader]
  ])('%s assigns a department target', async (_l, who) => {
    const { task: t } = await cloud.ok(task(), who)
    expect(t).toMatchObject({ kind: 'assigned', assignees: ['m07', 'm08'], limit: null, takers: [], createdBy: who })
    expect(t._id).toMatch(/^t[0-9a-f]{16}$/)
  })

  it('assigns to all: a member sees it in myCard.tasks and may put it on the card as an X item', async () => {
    const { task: t } = await cloud.ok(task({ assignees: 'all', scope: 'year', deadline: '2026-12-31' }), P.b1Secretary)
    const mine = await cloud.ok({ action: 'myCard' }, 'm13')
    expect(mine.tasks.map((x: any) => x._id)).toEqual([t._id])
    const x = { id: `x-${t._id}`.slice(0, 24), section: 'x', what: '被改过的', target: '', deadline: null, taskId: t._id }
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items: [...fullItems(), x], rev: 0 }, 'm13')
    expect(card.items.at(-1)).toMatchObject({ what: '二季度桥梁巡检', target: '完成 12 座桥梁巡检', deadline: '2026-12-31', taskId: t._id })
  })

  it('a task assigned to others is not an X item for me', async () => {
    const { task: t } = await cloud.ok(task({ assignees: ['m08'] }), P.b1Secretary)
    const x = { id: 'x-1', section: 'x', what: 'x', target: 'y', deadline: null, taskId: t._id }
    await cloud.refused({ action: 'saveDraft', year: 2026, items: [x], rev: 0 }, 'm07', 'CARD_INVALID')
  })

  it.each<[string, string, Record<string, unknown>, string]>([
    ['a member', P.b1Member, {}, 'FORBIDDEN'],
    ['a group leader', P.b1G2Leader, {}, 'FORBIDDEN'],
    ['another branch’s secretary', P.b2Secretary, {}, 'FORBIDDEN'],
    ['committee staff (not the branch)', P.staff, {}, 'FORBIDDEN'],
    ['a member of another branch', P.b1Secretary, { assignees: ['m14'] }, 'INVALID_INPUT'],
    ['no assignee', P.b1Secretary, { assignees: [] }, 'INVALID_INPUT'],
    ['a duplicate assignee', P.b1Secretary, { assignees: ['m07', 'm07'] }, 'INVALID_INPUT'],
    ['assignees as text', P.b1Secretary, { assignees: 'm07' }, 'INVALID_INPUT'],
    ['a limit on an assigned task', P.b1Secretary, { limit: 3 }, 'INVALID_INPUT'],
    ['a challenge without a limit', P.b1Secretary, { kind: 'challenge', assignees: undefined }, 'INVALID_INPUT'],
    ['a challenge with assignees', P.b1Secretary, { kind: 'challenge', limit: 2 }, 'INVALID_INPUT'],
    ['a limit of 201', P.b1Secretary, { kind: 'challenge', assignees: undefined, limit: 201 }, 'INVALID_INPUT'],
    ['a deadline next year', P.b1Secretary, { deadline: '2027-01-31' }, 'INVALID_INPUT'],
    ['an unknown scope', P.b1Secretary, { scope: 'week' }, 'INVALID_INPUT'],
    ['an empty title', P.b1Secretary, { title: ' ' }, 'INVALID_INPUT'],
    ['last year', P.b1Secretary, { year: 2025, deadline: '2025-12-31' }, 'CARD_YEAR_CLOSED'],
    ['an unknown org', P.b1Secretary, { orgId: 'org-x' }, 'NOT_FOUND']
  ])('refuses %s', async (_l, who, over, code) => {
    await cloud.refused(task(over), who, code)
  })
})

describe('listTasks', () => {
  it.each([
    ['a member of the branch', P.b1Member, true],
    ['the secretary', P.b1Secretary, true],
    ['committee staff', P.staff, true],
    ['another branch’s member', 'm17', false]
  ])('%s: %s', async (_l, who, ok) => {
    await cloud.ok(task(), P.b1Secretary)
    const r = await cloud.call({ action: 'listTasks', orgId: 'org-b1' }, who)
    if (ok) expect(expectOk(r).tasks).toHaveLength(1)
    else expectFail(r, 'FORBIDDEN')
  })
})

describe('takeChallenge (揭榜挂帅)', () => {
  it('first come up to the limit; a taker sees it among their tasks, no longer among open challenges', async () => {
    const { task: t } = await cloud.ok(challenge(2), P.b1Secretary)
    expect((await cloud.ok({ action: 'myCard' }, 'm07')).challenges.map((c: any) => c._id)).toEqual([t._id])
    expect((await cloud.ok({ action: 'takeChallenge', taskId: t._id }, 'm07')).task.takers).toEqual(['m07'])
    const mine = await cloud.ok({ action: 'myCard' }, 'm07')
    expect([mine.tasks.length, mine.challenges.length]).toEqual([1, 0])
    await cloud.refused({ action: 'takeChallenge', taskId: t._id }, 'm07', 'CHALLENGE_TAKEN')
    await cloud.ok({ action: 'takeChallenge', taskId: t._id }, 'm08')
    const full = await cloud.refused({ action: 'takeChallenge', taskId: t._id }, 'm09', 'CHALLENGE_FULL')
    expect(full.message).toBe('「揭榜：隧道照明节能改造」已有 2 人揭榜，名额已满')
  })

  it('a race of ten members for three places: exactly three win, the rest CHALLENGE_FULL', async () => {
    const { task: t } = await cloud.ok(challenge(3), P.b1Secretary)
    const racers = B1_MEMBERS.filter((m) => m !== 'm11').slice(0, 10)
    const replies = await Promise.all(racers.map((m) => cloud.call({ action: 'takeChallenge', taskId: t._id }, m)))
    expect(replies.filter((r) => r.ok)).toHaveLength(3)
    expect(replies.filter((r) => !r.ok).map((r) => r.code)).toEqual(Array(7).fill('CHALLENGE_FULL'))
    const stored = (await cloud.tc.db.collection('commitmentTasks').doc(t._id).get()).data
    expect(stored.takers).toHaveLength(3)
    expect(new Set(stored.takers).size).toBe(3)
  })

  it.each<[string, string, (id: string) => string, string]>([
    ['an assigned task', 'm07', (id) => id, 'NOT_A_CHALLENGE'],
    ['another branch’s member', 'm17', (id) => id, 'FORBIDDEN'],
    ['an unknown task', 'm07', () => 'tffffffffffffffff', 'NOT_FOUND'],
    ['a bad task id', 'm07', () => 'T-1', 'INVALID_INPUT']
  ])('refuses %s', async (_l, who, id, code) => {
    const { task: t } = await cloud.ok(task(), P.b1Secretary)
    await cloud.refused({ action: 'takeChallenge', taskId: id(t._id) }, who, code)
  })
})
