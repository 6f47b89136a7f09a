import type { Audience } from '@shared/study/api'
import { audienceIds, inAudience, type AudienceMember } from '@shared/study/audience'

const members: AudienceMember[] = [
  { _id: 'a', groupId: 'g1', employment: 'contract' },
  { _id: 'b', groupId: 'g2', employment: 'dispatched' },
  { _id: 'c', groupId: null, employment: 'gig' },
  { _id: 'd', employment: 'dispatched' }
]

describe('who a task is for', () => {
  it.each<[Audience, string[]]>([
    [{ kind: 'all' }, ['a', 'b', 'c', 'd']],
    [{ kind: 'group', groupId: 'g1' }, ['a']],
    [{ kind: 'group', groupId: 'g3' }, []],
    [{ kind: 'group' }, []],
    [{ kind: 'dispatched' }, ['b', 'd']],
    [{ kind: 'gig' }, ['c']]
  ])('%j → %j', (a, ids) => {
    expect(audienceIds(a, members)).toEqual(ids)
    expect(members.filter((m) => inAudience(a, m)).map((m) => m._id)).toEqual(ids)
  })
})
