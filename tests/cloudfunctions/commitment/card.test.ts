// The member's own card: myCard, saveDraft, copyLastYear, submitCard — the owner only, the rev, the
// rules (no empty slogans, X items only from tasks, deadlines in the year) and WeChat content security.
import { fullItems, P, submitFull, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()
const M = P.b1Member

describe('myCard', () => {
  it('opens an empty card of this year with the default template, the org and the open Q2 window (June 20)', async () => {
    const r = await cloud.ok({ action: 'myCard' }, M)
    expect(r).toMatchObject({
      year: 2026,
      card: null,
      versions: [],
      checks: [],
      lastYear: false,
      orgId: 'org-b1',
      orgName: '第一养护中心党支部'
    })
    expect(r.template.sections.map((s: any) => s.name)).toEqual(['工作目标', '争优措施', '承诺事项', '学习提升', '服务群众'])
    expect(r.window).toMatchObject({ quarter: 2, from: '2026-06-16', to: '2026-07-15' })
  })

  it.each([
    ['nobody signed in', '', 'UNAUTHENTICATED'],
    ['an unbound WeChat user', 'stranger-openid', 'NOT_BOUND']
  ])('refuses %s', async (_l, who, code) => {
    await cloud.refused({ action: 'myCard' }, who, code)
  })
})

describe('saveDraft', () => {
  it('saves as the member types: a half-typed item is kept, the rev goes up by one each save', async () => {
    const half = [{ id: 'goals-1', section: 'goals', what: '修补坑', target: '', deadline: null }]
    const a = (await cloud.ok({ action: 'saveDraft', year: 2026, items: half, rev: 0 }, M)).card
    expect(a).toMatchObject({ _id: 'm07:2026', status: 'draft', rev: 1, orgId: 'org-b1', templateId: 'default', approvedVersion: null })
    const b = (await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems(), rev: 1 }, M)).card
    expect(b).toMatchObject({ rev: 2, status: 'draft' })
    expect((await cloud.ok({ action: 'myCard' }, M)).card.items).toHaveLength(5)
  })

  it('a stale rev → CONFLICT (another tab saved first), nothing written', async () => {
    await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems(), rev: 0 }, M)
    const r = await cloud.refused({ action: 'saveDraft', year: 2026, items: [], rev: 0 }, M, 'CONFLICT')
    expect(r.details).toEqual({ rev: 1 })
  })

  it('only the owner edits: the same event from another member writes their own card, never m07’s', async () => {
    await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems('甲'), rev: 0 }, M)
    await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems('乙'), rev: 0 }, P.b1Secretary)
    const mine = (await cloud.ok({ action: 'myCard' }, M)).card
    expect(mine.items[0].what).toContain('甲')
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      'an unknown section',
      { items: [{ id: 'a', section: 'hobby', what: 'x', target: 'y', deadline: null }] },
      'CARD_INVALID',
      'items.0.section'
    ],
    [
      'a deadline next year',
      { items: [{ id: 'a', section: 'goals', what: 'x', target: '', deadline: '2027-01-05' }] },
      'CARD_INVALID',
      'items.0.deadline'
    ],
    [
      'an X item not from a task',
      { items: [{ id: 'x1', section: 'x', what: '自己编的', target: 'y', deadline: null, taskId: 'tnope' }] },
      'CARD_INVALID',
      'items.0.taskId'
    ],
    [
      'six items in a section',
      { items: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `g${n}`, section: 'goals', what: 'x', target: 'y', deadline: null })) },
      'CARD_INVALID',
      'items'
    ],
    [
      'a 101-character what',
      { items: [{ id: 'a', section: 'goals', what: '长'.repeat(101), target: '', deadline: null }] },
      'INVALID_INPUT',
      'items.0.what'
    ],
    [
      'an impossible date',
      { items: [{ id: 'a', section: 'goals', what: 'x', target: '', deadline: '2026-02-30' }] },
      'INVALID_INPUT',
      'items.0.deadline'
    ],
    ['an upper-case id', { items: [{ id: 'A', section: 'goals', what: 'x', target: '', deadline: null }] }, 'INVALID_INPUT', 'items.0.id'],
    ['an extra field', { items: [], memberId: 'm08' }, 'INVALID_INPUT', 'memberId'],
    ['a negative rev', { rev: -1 }, 'INVALID_INPUT', 'rev'],
    ['no items', { items: undefined }, 'INVALID_INPUT', 'items']
  ])('%s', async (_l, over, code, path) => {
    const r = await cloud.refused({ action: 'saveDraft', year: 2026, items: [], rev: 0, ...over }, M, code)
    expect(r.details.map((d: any) => d.path)).toContain(path)
  })

  it.each([
    ['last year', 2025, /已归档/],
    ['next year, in May', 2027, /12 月/]
  ])('refuses %s with CARD_YEAR_CLOSED', async (_l, year, message) => {
    const r = await cloud.refused({ action: 'saveDraft', year, items: [], rev: 0 }, M, 'CARD_YEAR_CLOSED')
    expect(r.message).toMatch(message)
  })
})

describe('submitCard', () => {
  it('makes version 1, waiting for review; the version keeps the items', async () => {
    const card = await submitFull(cloud, M)
    expect(card).toMatchObject({ status: 'submitted', lastVersion: 1, rev: 2, approvedVersion: null })
    const mine = await cloud.ok({ action: 'myCard' }, M)
    expect(mine.versions).toHaveLength(1)
    expect(mine.versions[0]).toMatchObject({ version: 1, decision: null })
    expect(mine.versions[0].items).toEqual(mine.card.items)
  })

  it('refuses an empty slogan, naming the item: neither a target nor a deadline', async () => {
    const items = fullItems()
    items[1] = { ...items[1], what: '争当先锋模范', target: '', deadline: null }
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: 0 }, M)
    const r = await cloud.refused({ action: 'submitCard', year: 2026, rev: card.rev }, M, 'CARD_INVALID')
    expect(r.message).toBe(
      '承诺卡填写有误：「争当先锋模范」既没有可衡量的目标，也没有完成时限：请填写目标（数字、日期或具体成果）或截止日期'
    )
    expect(r.details[0].path).toBe('items.1.target')
  })

  it('refuses a section left empty', async () => {
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items: fullItems().slice(1), rev: 0 }, M)
    const r = await cloud.refused({ action: 'submitCard', year: 2026, rev: card.rev }, M, 'CARD_INVALID')
    expect(r.message).toContain('「工作目标」至少填写 1 项')
  })

  it('refuses text WeChat content security finds risky (the local word list), nothing written; the call is recorded', async () => {
    const items = fullItems()
    items[2] = { ...items[2], target: '帮群众代开发票' }
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: 0 }, M)
    const r = await cloud.refused({ action: 'submitCard', year: 2026, rev: card.rev }, M, 'CONTENT_RISKY')
    expect(r.message).toBe('承诺卡中有内容未通过微信内容安全检测，请修改后再提交')
    expect(r.details).toEqual({ label: 20006 })
    const [entry] = cloud.tc.local.outbox.list()
    expect(entry).toMatchObject({ api: 'security.msgSecCheck', caller: 'demo:m07', request: { openid: 'demo:m07', scene: 3, version: 2 } })
    expect(entry.request.content).toContain('帮群众代开发票')
  })

  it('a review verdict goes on to the secretary (not public before approval)', async () => {
    const items = fullItems()
    items[0] = { ...items[0], target: '有事加微信联系' }
    const { card } = await cloud.ok({ action: 'saveDraft', year: 2026, items, rev: 0 }, M)
    expect((await cloud.ok({ action: 'submitCard', year: 2026, rev: card.rev }, M)).card.status).toBe('submitted')
  })

  it.each<[string, (rev: number) => Record<string, unknown>, string]>([
    ['a stale rev', () => ({ rev: 0 }), 'CONFLICT'],
    ['a second submit', (rev) => ({ rev }), 'CARD_STATE']
  ])('refuses %s', async (_l, over, code) => {
    const card = await submitFull(cloud, M)
    await cloud.refused({ action: 'submitCard', year: 2026, ...over(card.rev) }, M, code)
  })

  it('refuses a card never started', async () => {
    await cloud.refused({ action: 'submitCard', year: 2026, rev: 0 }, M, 'CARD_STATE')
  })
})

describe('copyLastYear', () => {
  beforeEach(async () => {
    // Last year's approved card, stored as the function stores it.
    const items = fullItems('去年').concat([
      { id: 'x-told', section: 'x', what: '去年的任务', target: 't', deadline: '2025-12-31', taskId: 'told' } as any
    ])
    await cloud.tc.db.collection('commitmentCards').add({
      data: {
        _id: 'm07:2025',
        memberId: 'm07',
        memberName: '赵永平',
        orgId: 'org-b1',
        year: 2025,
        templateId: 'default',
        status: 'approved',
        items,
        rev: 4,
        approvedVersion: 1,
        lastVersion: 1,
        returnNote: null,
        withdrawn: null,
        updatedAt: '2025-02-01T00:00:00.000Z',
        approvedItems: items.map((x: any) => ({ ...x, deadline: x.deadline.replace('2026', '2025') })),
        approvedAt: '2025-02-01T00:00:00.000Z'
      }
    })
  })

  it('starts a draft from last year’s approved items, deadlines moved to this year, X items left out', async () => {
    expect((await cloud.ok({ action: 'myCard' }, M)).lastYear).toBe(true)
    const { card } = await cloud.ok({ action: 'copyLastYear', year: 2026 }, M)
    expect(card).toMatchObject({ status: 'draft', rev: 1, year: 2026 })
    expect(card.items).toHaveLength(5)
    expect(card.items.every((x: any) => x.deadline.startsWith('2026-') && x.section !== 'x')).toBe(true)
  })

  it('refuses when this year’s card exists (CONFLICT), or there is no card last year (NOT_FOUND)', async () => {
    await cloud.ok({ action: 'saveDraft', year: 2026, items: [], rev: 0 }, M)
    await cloud.refused({ action: 'copyLastYear', year: 2026 }, M, 'CONFLICT')
    await cloud.refused({ action: 'copyLastYear', year: 2026 }, P.b1Member2, 'NOT_FOUND')
  })
})
