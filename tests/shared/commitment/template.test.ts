import { DEFAULT_SECTIONS } from '@shared/commitment/api'
import { DEFAULT_TEMPLATE_INPUT, defaultTemplate, templateIssues } from '@shared/commitment/template'

const base = () => JSON.parse(JSON.stringify(DEFAULT_TEMPLATE_INPUT))

describe('the default template', () => {
  it('has the five sections of seed 001, 1–5 items each, the default window, no group-leader review', () => {
    const t = defaultTemplate('org-committee')
    expect(t.sections.map((s) => s.name)).toEqual(DEFAULT_SECTIONS.map((s) => s.name))
    expect(t.sections.every((s) => s.minItems === 1 && s.maxItems === 5)).toBe(true)
    expect(t).toMatchObject({ _id: 'default', version: 0, checkWindow: { daysBeforeQuarterEnd: 15, dayOfNextMonth: 15 } })
    expect(templateIssues(t)).toEqual([])
  })
})

describe('templateIssues', () => {
  it.each<[string, (t: any) => void, string]>([
    [
      'no section',
      (t) => {
        t.sections = []
      },
      'sections'
    ],
    [
      'the x id',
      (t) => {
        t.sections[0].id = 'x'
      },
      'sections.0.id'
    ],
    [
      'a duplicate id',
      (t) => {
        t.sections[1].id = t.sections[0].id
      },
      'sections.1.id'
    ],
    [
      'an upper-case id',
      (t) => {
        t.sections[0].id = 'Goals'
      },
      'sections.0.id'
    ],
    [
      'an empty name',
      (t) => {
        t.sections[0].name = ' '
      },
      'sections.0.name'
    ],
    [
      'six items a section',
      (t) => {
        t.sections[0].maxItems = 6
      },
      'sections.0.maxItems'
    ],
    [
      'min above max',
      (t) => {
        t.sections[0].minItems = 3
        t.sections[0].maxItems = 2
      },
      'sections.0.minItems'
    ],
    [
      'a window opening 0 days before',
      (t) => {
        t.checkWindow.daysBeforeQuarterEnd = 0
      },
      'checkWindow.daysBeforeQuarterEnd'
    ],
    [
      'a window closing on the 29th',
      (t) => {
        t.checkWindow.dayOfNextMonth = 29
      },
      'checkWindow.dayOfNextMonth'
    ]
  ])('%s → %s', (_l, edit, path) => {
    const t = base()
    edit(t)
    expect(templateIssues(t).map((i) => i.path)).toContain(path)
  })
})
