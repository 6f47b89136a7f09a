// The committee's card template, versioned like the rubric (a card keeps the version it started with),
// and completion per branch for committee staff.
import { DEFAULT_TEMPLATE_INPUT } from '@shared/commitment/template'
import { approvedCard, fullItems, P, submitFull, useCommitmentCloud } from './helpers'

const cloud = useCommitmentCloud()
const six = () => ({
  ...DEFAULT_TEMPLATE_INPUT,
  sections: [...DEFAULT_TEMPLATE_INPUT.sections, { id: 'lead', name: '六个带头', minItems: 1, maxItems: 2 }]
})

describe('getTemplate / saveTemplate', () => {
  it('staff save version 1, 2 …; members get the latest; every version stays readable', async () => {
    const t1 = (await cloud.ok({ action: 'saveTemplate', template: six() }, P.staff)).template
    expect(t1).toMatchObject({ _id: 'org-committee:v1', version: 1, committeeId: 'org-committee', savedBy: 'm01' })
    const t2 = (await cloud.ok({ action: 'saveTemplate', template: DEFAULT_TEMPLATE_INPUT }, P.staff2)).template
    expect(t2._id).toBe('org-committee:v2')
    const member = await cloud.ok({ action: 'getTemplate' }, P.b1Member)
    expect(member).toMatchObject({ template: { _id: 'org-committee:v2' }, versions: [] })
    expect((await cloud.ok({ action: 'getTemplate', templateId: 'org-committee:v1' }, P.b1Member)).template.sections).toHaveLength(6)
    expect((await cloud.ok({ action: 'getTemplate' }, P.staff)).versions.map((v: any) => v.version)).toEqual([2, 1])
  })

  it('a card keeps the template it started with', async () => {
    await cloud.ok({ action: 'saveTemplate', template: six() }, P.staff)
    const started = await submitFull(cloud, P.b1Member, [
      ...fullItems(),
      { id: 'lead-1', section: 'lead', what: '带头攻坚', target: '1 项', deadline: null }
    ])
    expect(started.templateId).toBe('org-committee:v1')
    await cloud.ok({ action: 'saveTemplate', template: DEFAULT_TEMPLATE_INPUT }, P.staff)
    const { template } = await cloud.ok({ action: 'getCard', cardId: started._id }, P.b1Secretary)
    expect(template._id).toBe('org-committee:v1')
    // A new card starts on v2 (five sections): the sixth section is refused there.
    await cloud.refused(
      { action: 'saveDraft', year: 2026, items: [{ id: 'lead-1', section: 'lead', what: 'x', target: 'y', deadline: null }], rev: 0 },
      P.b1Member2,
      'CARD_INVALID'
    )
  })

  it.each<[string, string, object, string]>([
    ['a secretary', P.b1Secretary, DEFAULT_TEMPLATE_INPUT, 'FORBIDDEN'],
    ['a member', P.b1Member, DEFAULT_TEMPLATE_INPUT, 'FORBIDDEN'],
    [
      'the x section id',
      P.staff,
      { ...DEFAULT_TEMPLATE_INPUT, sections: [{ id: 'x', name: 'X', minItems: 1, maxItems: 5 }] },
      'TEMPLATE_INVALID'
    ],
    [
      'min above max',
      P.staff,
      { ...DEFAULT_TEMPLATE_INPUT, sections: [{ id: 'a', name: 'A', minItems: 3, maxItems: 2 }] },
      'TEMPLATE_INVALID'
    ],
    [
      'six items a section',
      P.staff,
      { ...DEFAULT_TEMPLATE_INPUT, sections: [{ id: 'a', name: 'A', minItems: 1, maxItems: 6 }] },
      'INVALID_INPUT'
    ],
    ['no section', P.staff, { ...DEFAULT_TEMPLATE_INPUT, sections: [] }, 'INVALID_INPUT'],
    [
      'a window closing on the 31st',
      P.staff,
      { ...DEFAULT_TEMPLATE_INPUT, checkWindow: { daysBeforeQuarterEnd: 15, dayOfNextMonth: 31 } },
      'INVALID_INPUT'
    ],
    ['an extra field', P.staff, { ...DEFAULT_TEMPLATE_INPUT, version: 9 }, 'INVALID_INPUT']
  ])('saveTemplate refuses %s', async (_l, who, template, code) => {
    await cloud.refused({ action: 'saveTemplate', template }, who, code)
  })

  it('getTemplate refuses an unknown version (NOT_FOUND)', async () => {
    await cloud.refused({ action: 'getTemplate', templateId: 'org-committee:v9' }, P.b1Member, 'NOT_FOUND')
  })
})

describe('completion', () => {
  it('per branch: members assessed there, cards approved, self-checks accepted this window', async () => {
    const card = await approvedCard(cloud, P.b1Member)
    await approvedCard(cloud, P.b1Member2)
    const entries = card.items.map((x: any) => ({ itemId: x.id, progress: 'done', note: '', photos: [] }))
    const { check } = await cloud.ok({ action: 'submitCheck', year: 2026, quarter: 2, entries }, P.b1Member)
    await cloud.ok({ action: 'reviewCheck', checkId: check._id, rev: check.rev, decision: 'accept' }, P.b1Secretary)
    const r = await cloud.ok({ action: 'completion' }, P.staff)
    expect(r.year).toBe(2026)
    expect(r.rows.find((x: any) => x.orgId === 'org-b1')).toEqual({
      orgId: 'org-b1',
      orgName: '第一养护中心党支部',
      members: 11,
      approved: 2,
      checksAccepted: 1
    })
    expect(r.rows.find((x: any) => x.orgId === 'org-b2')).toMatchObject({ approved: 0, checksAccepted: 0 })
    expect(r.rows.some((x: any) => x.orgId === 'org-v-longnan')).toBe(false)
  })

  it.each([
    ['a secretary', P.b1Secretary],
    ['a member', P.b1Member]
  ])('refuses %s', async (_l, who) => {
    await cloud.refused({ action: 'completion' }, who, 'FORBIDDEN')
  })
})
