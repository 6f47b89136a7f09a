import type { RoleGrant } from '@shared/member/api'
import { canHandle, canRead, seesEverything, type Viewer, type Visibility } from '@shared/voice/access'

const s = (patch: Partial<Visibility> = {}): Visibility => ({
  memberId: 'author',
  orgId: 'b1',
  homeOrgId: 'b1',
  moderation: 'passed',
  hiddenFromPeers: false,
  ...patch
})
const viewer = (memberId: string, roles: RoleGrant[] = [], orgIds: string[] = [], staffOfCommittee = false): Viewer => ({
  memberId,
  roles,
  orgIds,
  staffOfCommittee
})

const author = viewer('author', [], ['b1'])
const secretary = viewer('sec', [{ orgId: 'b1', role: 'secretary' }], ['b1'])
const deputy = viewer('dep', [{ orgId: 'b1', role: 'deputy' }], ['b1'])
const peer = viewer('peer', [], ['b1'])
const groupLeader = viewer('gl', [{ orgId: 'g1', role: 'groupLeader' }], ['b1'])
const otherBranch = viewer('x', [{ orgId: 'b2', role: 'secretary' }], ['b2'])
const homeCommittee = viewer('home', [{ orgId: 'village', role: 'committeeMember' }], ['village'])
const staff = viewer('staff', [{ orgId: 'c1', role: 'staff' }], [], true)

describe('canRead / canHandle', () => {
  it.each<[string, Viewer, Partial<Visibility>, boolean, boolean]>([
    ['author, passed', author, {}, true, false],
    ['author, pending', author, { moderation: 'pending' }, true, false],
    ['author, held', author, { moderation: 'held' }, true, false],
    ['secretary, pending', secretary, { moderation: 'pending' }, true, true],
    ['secretary, held', secretary, { moderation: 'held' }, true, true],
    ['secretary, hidden from peers', secretary, { hiddenFromPeers: true }, true, true],
    ['deputy, passed', deputy, {}, true, true],
    ['deputy, pending', deputy, { moderation: 'pending' }, false, false],
    ['peer, passed', peer, {}, true, false],
    ['peer, hidden from peers', peer, { hiddenFromPeers: true }, false, false],
    ['peer, pending', peer, { moderation: 'pending' }, false, false],
    ['group leader (a peer), passed', groupLeader, {}, true, false],
    ['another branch’s secretary', otherBranch, {}, false, false],
    ['home org committee, dispatched member, passed', homeCommittee, { homeOrgId: 'village' }, true, false],
    ['home org committee, hidden from peers', homeCommittee, { homeOrgId: 'village', hiddenFromPeers: true }, true, false],
    ['home org committee, pending', homeCommittee, { homeOrgId: 'village', moderation: 'pending' }, false, false],
    ['home org committee, not their member', homeCommittee, {}, false, false],
    ['committee staff, passed', staff, {}, true, false],
    ['committee staff, held', staff, { moderation: 'held' }, false, false],
    ['the secretary’s own suggestion', secretary, { memberId: 'sec' }, true, false]
  ])('%s → read %s, handle %s', (_, v, patch, read, handle) => {
    expect(canRead(v, s(patch))).toBe(read)
    expect(canHandle(v, s(patch))).toBe(handle)
  })

  it.each<[string, Viewer, boolean]>([
    ['author', author, true],
    ['secretary', secretary, true],
    ['peer', peer, false],
    ['home committee', homeCommittee, false]
  ])('seesEverything: %s → %s', (_, v, want) => {
    expect(seesEverything(v, s({ homeOrgId: 'village' }))).toBe(want)
  })
})
