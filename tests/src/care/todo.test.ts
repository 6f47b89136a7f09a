/** @jest-environment node */
import { careTodoLine } from '@/care/todo'

describe('careTodoLine', () => {
  it.each([
    [
      { orgId: 'b1', orgName: '第一党支部', count: 2, names: ['李明', '赵敏'] },
      {
        key: 'careTodo:b1',
        title: '同步关爱：2名党员需谈心谈话或走访',
        detail: '第一党支部 · 李明、赵敏',
        url: '/care/pages/todo/index?orgId=b1'
      }
    ],
    [
      { orgId: 'b 2', orgName: '第二党支部', count: 7, names: ['甲', '乙', '丙', '丁', '戊'] },
      {
        key: 'careTodo:b 2',
        title: '同步关爱：7名党员需谈心谈话或走访',
        detail: '第二党支部 · 甲、乙、丙、丁、戊 等',
        url: '/care/pages/todo/index?orgId=b%202'
      }
    ]
  ])('%j', (item, want) => {
    expect(careTodoLine(item)).toEqual(want)
  })
})
