/** @jest-environment node */
import { cardTodoLine } from '@/commitment/todo'
import type { CardTodo } from '@shared/commitment/api'

describe('cardTodoLine: a commitment to-do as a line on home', () => {
  it.each<[CardTodo, string, string, string, boolean]>([
    [{ kind: 'cardMissing', year: 2026 }, '填写承诺卡', '2026年党员承诺卡尚未填写', '/commitment/pages/my/index', false],
    [{ kind: 'cardDraft', year: 2026 }, '提交承诺卡', '2026年承诺卡还是草稿，填写完整后请提交审核', '/commitment/pages/my/index', false],
    [
      { kind: 'cardReturned', year: 2026 },
      '修改承诺卡',
      '2026年承诺卡已退回，请按审核意见修改后重新提交',
      '/commitment/pages/my/index',
      true
    ],
    [
      { kind: 'checkOpen', year: 2026, quarter: 4, until: '2027-01-15' },
      '第4季度自查',
      '请于 1月15日 前完成自查',
      '/commitment/pages/check/index',
      false
    ],
    [
      { kind: 'checkReturned', year: 2026, quarter: 3 },
      '重新提交第3季度自查',
      '自查已退回，请查看原因后重新提交',
      '/commitment/pages/check/index',
      true
    ],
    [
      { kind: 'reviewCards', year: 2026, orgId: 'b1', orgName: '第一养护站党支部', count: 3 },
      '审核承诺卡：3 份',
      '第一养护站党支部 · 等待审核',
      '/commitment/pages/queue/index?orgId=b1',
      false
    ],
    [
      { kind: 'reviewChecks', year: 2026, orgId: 'b1', orgName: '第一养护站党支部', count: 1 },
      '审核季度自查：1 份',
      '第一养护站党支部 · 等待审核',
      '/commitment/pages/queue/index?orgId=b1',
      false
    ]
  ])('%o', (todo, title, detail, url, overdue) => {
    expect(cardTodoLine(todo)).toMatchObject({ title, detail, url, overdue })
  })

  it('gives each line its own key', () => {
    const keys = [
      cardTodoLine({ kind: 'reviewCards', year: 2026, orgId: 'b1', count: 1 }),
      cardTodoLine({ kind: 'reviewCards', year: 2026, orgId: 'b2', count: 1 }),
      cardTodoLine({ kind: 'checkOpen', year: 2026, quarter: 4 })
    ].map((l) => l.key)
    expect(new Set(keys).size).toBe(3)
  })
})
