import { birthdayRelation, greetingOrgOf } from '@shared/birthday/served'

const m = (homeOrgId: string, assessingOrgId: string) => ({ _id: 'x', homeOrgId, assessingOrgId })

describe('who greets a member', () => {
  it.each([
    [m('b1', 'b1'), 'b1'],
    [m('village', 'b1'), 'b1'], // dual-managed: at the assessing org
    [m('b1', ''), 'b1']
  ])('%j is greeted by %s', (x, org) => expect(greetingOrgOf(x)).toBe(org))

  it.each([
    [m('b1', 'b1'), 'b1', 'own'],
    [m('village', 'b1'), 'b1', 'own'],
    [m('village', 'b1'), 'village', 'home'], // the home org may read them
    [m('village', 'b1'), 'b2', null]
  ])('%j on %s: %s', (x, org, rel) => expect(birthdayRelation(x, org)).toBe(rel))
})
