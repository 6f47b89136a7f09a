// whoami carries the caller's to-do (talks to confirm or record, objections to answer), read from the
// assessment collections, so the home screen needs one call. Seeded: org-b2's published quarter with
// a talk recorded for m17 (to confirm), talks assigned to the secretary m14, one answered objection.
import { expectOk, P, useDemoCloud } from './helpers'

const cloud = useDemoCloud('each')
const todo = async (memberId: string) => expectOk(await cloud.call({ action: 'whoami' }, `demo:${memberId}`)).todo

describe('whoami: the caller’s to-do', () => {
  it('answers no to-do for an unbound caller (bound:false only)', async () => {
    expect(expectOk(await cloud.call({ action: 'whoami' }, 'wx-new'))).toEqual({ bound: false })
  })

  it('gives the member a recorded talk to confirm, until it is confirmed', async () => {
    const [t] = await cloud.all('talks', { memberId: 'm17' })
    expect(await todo('m17')).toEqual([{ kind: 'ackTalk', periodId: t.periodId, periodName: t.periodName, memberId: 'm17', name: '郭亮' }])
    await cloud.tc.db
      .collection('talks')
      .doc(t._id)
      .update({ data: { status: 'acknowledged' } })
    expect(await todo('m17')).toEqual([])
  })

  it('gives the talker each talk not yet recorded, with its due instant and whether it is overdue', async () => {
    const assigned = await cloud.all('talks', { talkerId: P.b2Secretary, status: 'assigned' })
    expect(assigned.length).toBeGreaterThan(0)
    const items = await todo(P.b2Secretary)
    expect(items.map((i: any) => [i.kind, i.name]).sort()).toEqual(assigned.map((t) => ['recordTalk', t.name]).sort())
    for (const i of items) {
      const t = assigned.find((x) => x.memberId === i.memberId)!
      expect(i).toMatchObject({ dueAt: new Date(t.dueAt).toISOString(), overdue: new Date(t.dueAt).getTime() < Date.now() })
    }
    expect(items.some((i: any) => i.overdue)).toBe(true) // the seeded grey flag's talk is 3 days late
  })

  it('gives the secretary a pending objection of their period to answer, and no one else', async () => {
    const [t] = await cloud.all('talks', { memberId: 'm17' })
    await cloud.tc.db.collection('objections').add({
      data: {
        _id: `${t.periodId}:m21`,
        periodId: t.periodId,
        memberId: 'm21',
        name: '董海龙',
        reason: '出勤统计有误',
        filedAt: new Date(),
        status: 'pending',
        answer: null,
        answeredAt: null,
        answeredBy: null
      }
    })
    expect((await todo(P.b2Secretary)).filter((i: any) => i.kind === 'answerObjection')).toEqual([
      { kind: 'answerObjection', periodId: t.periodId, periodName: t.periodName, memberId: 'm21', name: '董海龙' }
    ])
    // The deputy (org rater, not the manager) and another branch's secretary do not answer it.
    for (const other of ['m15', P.b1Secretary]) expect((await todo(other)).filter((i: any) => i.kind === 'answerObjection')).toEqual([])
  })

  it('gives a member with nothing pending an empty list', async () => {
    expect(await todo(P.b1Member)).toEqual([])
  })
})
