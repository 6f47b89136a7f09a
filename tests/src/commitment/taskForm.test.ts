/** @jest-environment node */
import { emptyTask, taskProblem, taskRequest } from '@/commitment/taskForm'

const filled = { ...emptyTask(), title: '除雪保通', target: '2 小时通车', deadline: '2026-12-31' }

describe('X task form', () => {
  it.each([
    [{ title: '' }, '请填写任务名称'],
    [{ target: ' ' }, '请填写任务目标'],
    [{ deadline: '' }, '请选择完成时限'],
    [{ deadline: '2027-01-02' }, '完成时限须在 2026 年内'],
    [{ everyone: false }, '请选择承担任务的党员'],
    [{ kind: 'challenge' as const, limit: '0' }, '揭榜人数须为 1–200 的整数'],
    [{ kind: 'challenge' as const, limit: '2.5' }, '揭榜人数须为 1–200 的整数'],
    [{}, null]
  ])('%o → %s', (patch, expected) => {
    expect(taskProblem({ ...filled, ...patch }, 2026)).toBe(expected)
  })

  it('sends assignees for an assigned task, a limit for a challenge', () => {
    expect(taskRequest(filled, 'b1', 2026)).toEqual({
      orgId: 'b1',
      year: 2026,
      kind: 'assigned',
      scope: 'year',
      title: '除雪保通',
      target: '2 小时通车',
      deadline: '2026-12-31',
      assignees: 'all'
    })
    expect(taskRequest({ ...filled, everyone: false, assignees: ['r1'] }, 'b1', 2026).assignees).toEqual(['r1'])
    const c = taskRequest({ ...filled, kind: 'challenge', limit: '3' }, 'b1', 2026)
    expect(c).toMatchObject({ kind: 'challenge', limit: 3 })
    expect('assignees' in c).toBe(false)
  })
})
