/** @jest-environment node */
import { newDraftId, moderationNote, sheetProblems, summaryLine } from '@/voice/view'

const ok = { category: 'safety' as const, title: '护栏松动', content: '螺栓松动', location: '', photos: [] as string[] }

describe('sheetProblems', () => {
  it.each([
    ['a complete sheet', {}, {}],
    ['no category', { category: null }, { category: ['请选择类别'] }],
    ['a blank title', { title: '  ' }, { title: ['请填写标题'] }],
    ['a title of 41', { title: '标'.repeat(41) }, { title: ['标题不能超过 40 个字'] }],
    ['no content', { content: '' }, { content: ['请说明情况或建议'] }],
    ['content of 1001', { content: '字'.repeat(1001) }, { content: ['情况说明不能超过 1000 个字'] }],
    ['a location of 61', { location: '地'.repeat(61) }, { location: ['地点不能超过 60 个字'] }],
    ['ten photos', { photos: Array(10).fill('p') }, { photos: ['最多 9 张照片'] }]
  ])('%s', (_, patch, want) => {
    expect(sheetProblems({ ...ok, ...patch })).toEqual(want)
  })
})

describe('newDraftId', () => {
  it.each([
    [() => 0, '0000000000000000'],
    [() => 0.999, 'zzzzzzzzzzzzzzzz']
  ])('is 16 characters of [a-z0-9]', (random, want) => {
    expect(newDraftId(random)).toBe(want)
  })

  it('differs for different randomness', () => {
    let i = 0
    const seq = () => (i++ % 36) / 36
    expect(newDraftId(seq)).toMatch(/^[a-z0-9]{16}$/)
    expect(newDraftId(seq)).not.toBe(newDraftId(() => 0))
  })
})

describe('summaryLine and moderationNote', () => {
  it.each([
    [
      { category: 'safety', memberName: '王芳', submittedAt: '2026-06-01T02:00:00.000Z', photoCount: 2 },
      '安全 · 王芳 · 2026-06-01 10:00 · 2 张照片'
    ],
    [{ category: 'orgLife', memberName: '', submittedAt: '2026-06-01T16:30:00.000Z', photoCount: 0 }, '组织生活 · 2026-06-02 00:30']
  ] as const)('%j → %s', (s, want) => {
    expect(summaryLine(s)).toBe(want)
  })

  it.each([
    ['pending', '安全审核中：通过前只有你和支部书记能看到'],
    ['held', '未公开：有内容未通过安全检测，只有你和支部书记能看到，支部仍会办理'],
    ['passed', null]
  ] as const)('%s → %s', (m, want) => {
    expect(moderationNote(m)).toBe(want)
  })
})
