import { employmentLabel, employmentTag, orgKindLabel, partyStatusLabel, relationLabels, roleLabel } from '@shared/member/labels'

describe('Chinese labels', () => {
  it.each([
    ['applicant', '入党申请人'],
    ['activist', '入党积极分子'],
    ['candidate', '发展对象'],
    ['probationary', '预备党员'],
    ['full', '正式党员'],
    [null, '未知'],
    ['martian', '未知']
  ])('party status %s → %s', (status, label) => {
    expect(partyStatusLabel(status as any)).toBe(label)
  })

  it.each([
    ['contract', '合同制', null],
    ['dispatched', '劳务派遣', '派遣'],
    ['gig', '新就业群体', '新就业'],
    [undefined, '未知', null]
  ])('employment %s → %s / tag %s', (e, label, tag) => {
    expect(employmentLabel(e as any)).toBe(label)
    expect(employmentTag(e as any)).toBe(tag)
  })

  it.each([
    ['committee', '党委'],
    ['generalBranch', '党总支'],
    ['branch', '党支部'],
    ['jointBranch', '联合党支部'],
    ['group', '党小组']
  ])('org kind %s → %s', (k, label) => {
    expect(orgKindLabel(k as any)).toBe(label)
  })

  it.each([
    ['secretary', '书记'],
    ['deputy', '副书记'],
    ['committeeMember', '支委委员'],
    ['groupLeader', '党小组长'],
    ['staff', '党委工作人员']
  ])('role %s → %s', (r, label) => {
    expect(roleLabel(r as any)).toBe(label)
  })

  it.each([
    [['active'], ['本支部']],
    [['home'], ['组织关系在本支部·在外']],
    [
      ['home', 'active'],
      ['本支部', '组织关系在本支部']
    ],
    [
      ['group', 'home'],
      ['本党小组', '组织关系在本支部']
    ],
    [
      ['assessing', 'active'],
      ['本支部', '考核']
    ],
    [
      ['home', 'assessing', 'active', 'active'],
      ['本支部', '考核', '组织关系在本支部']
    ],
    [[], []],
    [null, []]
  ])('relations %j → %j (stable order, no duplicates)', (rel, labels) => {
    expect(relationLabels(rel as any)).toEqual(labels)
  })
})
