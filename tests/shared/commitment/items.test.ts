import type { CardItem, XTask } from '@shared/commitment/api'
import { draftIssues, normaliseXItems, publishedText, submitIssues } from '@shared/commitment/items'
import { defaultTemplate } from '@shared/commitment/template'

const T = defaultTemplate(null)
const item = (over: Partial<CardItem> = {}): CardItem => ({
  id: 'g1',
  section: 'goals',
  what: '完成辖区路面坑槽修补',
  target: '全年修补 300 处',
  deadline: '2026-11-30',
  ...over
})
const task: XTask = {
  _id: 'tabc',
  orgId: 'org-b1',
  year: 2026,
  kind: 'assigned',
  scope: 'quarter',
  title: '冬季除雪保畅',
  target: '主线 2 小时内通行',
  deadline: '2026-12-31',
  assignees: 'all',
  limit: null,
  takers: [],
  createdBy: 'm03',
  createdAt: '2026-01-05T00:00:00.000Z'
}
/** One item in each of the five sections: a card that may be submitted. */
const full = (): CardItem[] => T.sections.map((s, i) => item({ id: `${s.id}-1`, section: s.id, what: `承诺 ${i + 1}` }))

describe('draftIssues (what a draft may not hold)', () => {
  it.each<[string, CardItem[], string | null]>([
    ['an empty draft', [], null],
    ['a half-typed item', [item({ what: '', target: '', deadline: null })], null],
    ['an unknown section', [item({ section: 'hobbies' })], 'items.0.section'],
    ['a bad id', [item({ id: 'G 1' })], 'items.0.id'],
    ['a duplicate id', [item(), item()], 'items.1.id'],
    ['a deadline in another year', [item({ deadline: '2027-01-10' })], 'items.0.deadline'],
    ['six items in one section', [1, 2, 3, 4, 5, 6].map((n) => item({ id: `g${n}` })), 'items'],
    ['an X item without a task', [item({ section: 'x' })], 'items.0.taskId'],
    ['an X item of a task not for me', [item({ section: 'x', taskId: 'tother' })], 'items.0.taskId'],
    [
      'the same task twice',
      [item({ id: 'x1', section: 'x', taskId: 'tabc' }), item({ id: 'x2', section: 'x', taskId: 'tabc' })],
      'items.1.taskId'
    ],
    ['a task on a section item', [item({ taskId: 'tabc' })], 'items.0.taskId'],
    ['an X item from my task', [item({ id: 'x-tabc', section: 'x', taskId: 'tabc' })], null]
  ])('%s → %s', (_l, items, path) => {
    const issues = draftIssues(items, T, 2026, [task])
    if (path === null) expect(issues).toEqual([])
    else expect(issues.map((i) => i.path)).toContain(path)
  })
})

describe('submitIssues (no empty slogans)', () => {
  it.each<[string, (items: CardItem[]) => CardItem[], string | null, RegExp | null]>([
    ['one item in each section', (x) => x, null, null],
    ['a target only', (x) => [{ ...x[0], deadline: null }, ...x.slice(1)], null, null],
    ['a deadline only', (x) => [{ ...x[0], target: '' }, ...x.slice(1)], null, null],
    [
      'neither target nor deadline',
      (x) => [{ ...x[0], target: ' ', deadline: null }, ...x.slice(1)],
      'items.0.target',
      /「承诺 1」.*目标.*截止日期/
    ],
    ['no what', (x) => [{ ...x[0], what: '  ' }, ...x.slice(1)], 'items.0.what', /第 1 项/],
    ['a section left empty', (x) => x.slice(1), 'items', /「工作目标」至少填写 1 项/]
  ])('%s', (_l, edit, path, message) => {
    const issues = submitIssues(edit(full()), T)
    if (path === null) expect(issues).toEqual([])
    else {
      const hit = issues.find((i) => i.path === path)
      expect(hit?.message).toMatch(message as RegExp)
    }
  })
})

describe('X items carry the task’s words', () => {
  it('replaces what, target and deadline from the task', () => {
    const [x] = normaliseXItems([item({ id: 'x-tabc', section: 'x', taskId: 'tabc', what: '改掉的', target: '', deadline: null })], [task])
    expect(x).toMatchObject({ what: '冬季除雪保畅', target: '主线 2 小时内通行', deadline: '2026-12-31' })
  })
})

describe('publishedText', () => {
  it.each([
    ['what and target of each item, one line each', [item()], 2500, ['完成辖区路面坑槽修补\n全年修补 300 处']],
    ['split into pieces of the limit', [item({ what: 'a'.repeat(6), target: 'b'.repeat(6) })], 10, ['aaaaaa', 'bbbbbb']],
    ['nothing for empty text', [item({ what: ' ', target: '' })], 2500, []]
  ])('%s', (_l, items, max, want) => expect(publishedText(items, max)).toEqual(want))
})
