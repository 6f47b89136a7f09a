// Subscribe messages of study (cloudfunctions/study/reminders.ts, through lib/reminders.ts): a pushed task
// reminds each of its members who has a consent left, once; a returned report reminds its member. Without a
// consent, without a template id, or unbound: nothing is sent, the action still succeeds, the claim says why.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { filed, item, P, pushed, useStudyCloud } from './helpers'

const cloud = useStudyCloud()
const TEMPLATES = { STUDY_TASK_TEMPLATE_ID: 'tmpl-study-task', STUDY_RETURNED_TEMPLATE_ID: 'tmpl-study-returned' }
const sent = () =>
  cloud.tc.local.outbox
    .list(10_000)
    .filter((e: any) => e.api === 'subscribeMessage.send')
    .reverse() as any[]
const grant = (memberId: string, templateKey: string, balance: number) =>
  cloud.tc.db
    .collection('consents')
    .doc(`${memberId}:${templateKey}`)
    .set({ data: { memberId, templateKey, balance, updatedAt: new Date() } })
const balance = async (memberId: string, templateKey: string) =>
  (await cloud.all('consents', { _id: `${memberId}:${templateKey}` }))[0]?.balance ?? 0

beforeEach(() => {
  Object.assign(process.env, TEMPLATES)
})
afterEach(() => {
  for (const k of Object.keys(TEMPLATES)) delete process.env[k]
})

it('a pushed task reminds the members with a consent, once each; the others are recorded as noConsent or unbound', async () => {
  const before = sent().length
  await grant('m07', 'studyTask', 2)
  await grant('m08', 'studyTask', 1)
  const task = await pushed(cloud, [item('mar-1', { content: '学习新修订的党章' })])
  const mine = sent().slice(before)
  expect(mine.map((m) => m.request.touser).sort()).toEqual(['demo:m07', 'demo:m08'])
  const one = mine.find((m) => m.request.touser === 'demo:m07')
  expect(JSON.stringify(one)).toContain('tmpl-study-task')
  expect(JSON.stringify(one)).toContain('学习新修订的党章')
  expect(await balance('m07', 'studyTask')).toBe(1)
  const claims = await cloud.all('reminders', { kind: 'studyTask' })
  expect(claims).toHaveLength(task.memberIds.length)
  expect(claims.find((c: any) => c.memberId === 'm11').status).toBe('unbound')
  expect(claims.find((c: any) => c.memberId === 'm09').status).toBe('noConsent')
})

it('a returned report reminds its member with the reason; an accepted one sends nothing', async () => {
  await grant('m07', 'studyReturned', 1)
  const task = await pushed(cloud)
  const r = await filed(cloud, task._id)
  const before = sent().length
  await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: r.rev, decision: 'return', reason: '请结合岗位写体会' }, P.b1Secretary)
  const mine = sent().slice(before)
  expect(mine).toHaveLength(1)
  expect(JSON.stringify(mine[0])).toContain('请结合岗位写体会')
  expect(JSON.stringify(mine[0])).toContain('tmpl-study-returned')
  const again = await filed(cloud, task._id, 'm07', r.rev + 1)
  await cloud.ok({ action: 'reviewReport', reportId: r._id, rev: again.rev, decision: 'accept' }, P.b1Secretary)
  expect(sent().slice(before)).toHaveLength(1)
})

it('without a template id nothing is sent and the push still succeeds', async () => {
  delete process.env.STUDY_TASK_TEMPLATE_ID
  await grant('m07', 'studyTask', 1)
  const before = sent().length
  await pushed(cloud)
  expect(sent().length).toBe(before)
  expect(await balance('m07', 'studyTask')).toBe(1)
  expect((await cloud.all('reminders', { kind: 'studyTask', memberId: 'm07' }))[0].status).toBe('noTemplate')
})

describe('the daily timer: deadline near', () => {
  const fire = async (at: string) => (await new Scheduler(cloud.tc.local, () => new Date(at)).fire('study')).result

  it('reminds, 3 days ahead, the members who filed nothing; once a day; none after the deadline', async () => {
    await grant('m07', 'studyTask', 5)
    await grant('m08', 'studyTask', 5)
    const task = await pushed(cloud, undefined, '2026-03-31')
    await filed(cloud, task._id, 'm08')
    const before = sent().length
    // 03-27: four days ahead — nothing.
    expect(await fire('2026-03-27T00:00:00Z')).toMatchObject({ ok: true, data: { tasks: 0 } })
    // 03-28 08:00 CST: m07 (nothing filed) is reminded; m08 filed; the rest have no consent or are unbound.
    const r = await fire('2026-03-28T00:00:00Z')
    expect(r).toMatchObject({ ok: true, data: { day: '2026-03-28', days: ['2026-03-28'], tasks: 1, sent: 1 } })
    expect(
      sent()
        .slice(before)
        .map((m) => m.request.touser)
    ).toEqual(['demo:m07'])
    expect(JSON.stringify(sent().at(-1))).toContain('截止日期临近')
    // Fired twice the same day: nothing more.
    await fire('2026-03-28T01:00:00Z')
    expect(sent().length).toBe(before + 1)
    // Every day run through the deadline (a message a day while a consent is left), then after it: nothing.
    for (const at of ['2026-03-29T00:00:00Z', '2026-03-30T00:00:00Z', '2026-03-31T00:00:00Z'])
      expect(await fire(at)).toMatchObject({ data: { tasks: 1, sent: 1 } })
    expect(await fire('2026-04-01T00:00:00Z')).toMatchObject({ data: { days: ['2026-04-01'], tasks: 0, sent: 0 } })
    expect(sent().length).toBe(before + 4)
  })

  it('a timer event from a client is refused', async () => {
    expect(await cloud.call({ Type: 'Timer' }, P.b1Secretary)).toMatchObject({ ok: false, code: 'INVALID_INPUT' })
  })
})
