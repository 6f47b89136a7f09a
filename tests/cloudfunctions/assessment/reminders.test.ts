// The daily timer: rating reminders in the last 3 days before the deadline to those who still owe
// ratings, overdue-talk reminders to the talker; once a day; skipped with a log without template ids;
// through the consent ledger (lib/reminders.ts): sent only with a consent left, which it spends.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { B1_ASSESSED, inDays, openB1, orgRateAll, scores, useAssessmentCloud } from './helpers'

const cloud = useAssessmentCloud()
const sent = () => cloud.tc.local.outbox.list(1000).filter((e) => e.api === 'subscribeMessage.send')

beforeEach(async () => {
  process.env.ASSESSMENT_RATE_TEMPLATE_ID = 'tmpl-rate'
  process.env.ASSESSMENT_TALK_TEMPLATE_ID = 'tmpl-talk'
  // The demo's published org-b2 period has an overdue talk of its own; these tests count their own.
  await cloud.tc.db.collection('talks').where({ orgId: 'org-b2' }).remove()
  // Every org-b1 member accepted both templates a few times (the ledger's own tests are below).
  await cloud.tc.db
    .collection('consents')
    .where({ templateKey: cloud.tc.db.command.in(['assessmentRate', 'assessmentTalk']) })
    .remove()
  for (const m of B1_ASSESSED) for (const key of ['assessmentRate', 'assessmentTalk']) await grant(m, key, 5)
})
const grant = (memberId: string, templateKey: string, balance: number) =>
  cloud.tc.db
    .collection('consents')
    .doc(`${memberId}:${templateKey}`)
    .set({ data: { memberId, templateKey, balance, updatedAt: new Date() } })
const balance = async (memberId: string, templateKey: string) =>
  (
    await cloud.tc.db
      .collection('consents')
      .where({ _id: `${memberId}:${templateKey}` })
      .get()
  ).data[0]?.balance ?? 0
afterAll(() => {
  delete process.env.ASSESSMENT_RATE_TEMPLATE_ID
  delete process.env.ASSESSMENT_TALK_TEMPLATE_ID
})

/** Every page of the app config (main package and subpackages), as weapp paths. */
function appPages(): string[] {
  ;(globalThis as any).defineAppConfig ??= (c: unknown) => c // Taro's build-time macro
  const config = require('@/app.config').default as { pages: string[]; subPackages?: Array<{ root: string; pages: string[] }> }
  return [...config.pages, ...(config.subPackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`))]
}

const fire = (at: Date) => new Scheduler(cloud.tc.local, () => at).fire('assessment')

describe('assessment reminders (timer)', () => {
  it('is declared as a daily timer at 09:00 CST', () => {
    const t = new Scheduler(cloud.tc.local).triggers().find((x) => x.fn === 'assessment')
    expect(t).toMatchObject({ trigger: 'dailyReminders', cron: '0 0 9 * * * *' })
  })

  it('reminds, within 3 days of the deadline, only those who owe ratings (bound ones), once a day', async () => {
    const p = await openB1(cloud, { ratingDeadline: inDays(2) })
    // Everyone but m07 has done self and peers; org raters have rated everyone.
    await orgRateAll(cloud, p._id, () => 1)
    for (const m of B1_ASSESSED.filter((x) => x !== 'm07' && x !== 'm11')) {
      await cloud.ok({ action: 'rate', periodId: p._id, source: 'self', memberId: m, scores: scores('self') }, m)
      for (const t of B1_ASSESSED.filter((x) => x !== m))
        await cloud.ok({ action: 'rate', periodId: p._id, source: 'peer', memberId: t, scores: scores('peer') }, m)
    }
    const outboxBefore = sent().length
    const run = await fire(new Date())
    expect(run.result).toMatchObject({ ok: true, data: { ratingReminders: 1, talkReminders: 0 } }) // m11 owes too but is unbound
    const mine = sent().slice(0, sent().length - outboxBefore)
    expect(mine.map((e) => [e.request.touser, e.request.template_id])).toEqual([['demo:m07', 'tmpl-rate']])
    expect(mine[0].ok).toBe(true)
    // It opens 我的考评 (was the home page), a page the weapp build has.
    expect(mine[0].request.page).toBe('assessment/pages/my/index')
    expect(appPages()).toContain('assessment/pages/my/index')
    const again = await fire(new Date(Date.now() + 60_000))
    expect(again.result).toMatchObject({ data: { ratingReminders: 0 } })
  })

  it('does not remind earlier than 3 days before the deadline, nor after it', async () => {
    await openB1(cloud, { ratingDeadline: inDays(5) })
    expect((await fire(new Date())).result).toMatchObject({ data: { ratingReminders: 0 } })
    expect((await fire(new Date(Date.now() + 6 * 86_400_000))).result).toMatchObject({ data: { ratingReminders: 0 } })
    expect((await fire(new Date(Date.now() + 2.5 * 86_400_000))).result).toMatchObject({
      data: { ratingReminders: B1_ASSESSED.length - 1 }
    }) // all owe; m11 is unbound
  })

  it('reminds the talker of an overdue talk, once a day; none when recorded', async () => {
    const p = await openB1(cloud)
    await orgRateAll(cloud, p._id, (m) => (m === 'm09' ? 0.7 : 1))
    await cloud.ok({ action: 'closePeriod', periodId: p._id }, 'm03')
    await cloud.ok({ action: 'compute', periodId: p._id }, 'm03')
    await cloud.ok({ action: 'publish', periodId: p._id }, 'm03')
    const talkId = `${p._id}:m09`
    await cloud.ok({ action: 'assignTalk', talkId, talkerId: 'm04' }, 'm03')
    const late = new Date(Date.now() + 15 * 86_400_000)
    const run = await fire(late)
    expect(run.result).toMatchObject({ data: { talkReminders: 1 } })
    expect(
      sent()
        .filter((e) => e.request.template_id === 'tmpl-talk')
        .map((e) => e.request.touser)
    ).toEqual(['demo:m04'])
    // It opens the period's desk, where the talker records the talk.
    expect(
      sent()
        .filter((e) => e.request.template_id === 'tmpl-talk')
        .map((e) => e.request.page)
    ).toEqual([`assessment/pages/period/index?periodId=${p._id}`])
    expect(appPages()).toContain('assessment/pages/period/index')
    expect((await fire(new Date(late.getTime() + 60_000))).result).toMatchObject({ data: { talkReminders: 0 } })
    expect((await fire(new Date(late.getTime() + 86_400_000))).result).toMatchObject({ data: { talkReminders: 1 } })
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
    await cloud.ok({ action: 'recordTalk', talkId, date: today, problems: '学习不够', shortfalls: '发言少', plan: '多学习' }, 'm04')
    expect((await fire(new Date(late.getTime() + 2 * 86_400_000))).result).toMatchObject({ data: { talkReminders: 0 } })
  })

  it('without template ids: skipped with a log, nothing sent', async () => {
    delete process.env.ASSESSMENT_RATE_TEMPLATE_ID
    delete process.env.ASSESSMENT_TALK_TEMPLATE_ID
    await openB1(cloud, { ratingDeadline: inDays(1) })
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined)
    const before = sent().length
    const run = await fire(new Date())
    expect(run.result).toMatchObject({ ok: true, data: { ratingReminders: 0, talkReminders: 0, skipped: ['rating', 'talk'] } })
    expect(sent().length).toBe(before)
    expect(log.mock.calls.map((c) => String(c[0])).join('\n')).toContain('ASSESSMENT_RATE_TEMPLATE_ID unset')
    log.mockRestore()
  })

  it('sends only with a consent left, spends it, and 43101 sets it to zero', async () => {
    await openB1(cloud, { ratingDeadline: inDays(1) })
    await grant('m07', 'assessmentRate', 0)
    await grant('m08', 'assessmentRate', 1)
    cloud.tc.local.outbox.setSubscribeRefused('demo:m09')
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
    const before = sent().length
    const run = await fire(new Date())
    const mine = sent().slice(0, sent().length - before)
    const to = (m: string) => mine.filter((e) => e.request.touser === `demo:${m}`)
    expect(to('m07')).toEqual([]) // no consent: no message
    expect(to('m08').map((e) => e.ok)).toEqual([true])
    expect(to('m09').map((e) => e.errcode)).toEqual([43101])
    expect([
      await balance('m07', 'assessmentRate'),
      await balance('m08', 'assessmentRate'),
      await balance('m09', 'assessmentRate')
    ]).toEqual([0, 0, 0])
    expect(await balance('m10', 'assessmentRate')).toBe(4)
    // Unbound m11 and m07 (no consent) and m09 (refused) are not counted as sent.
    expect(run.result).toMatchObject({ data: { ratingReminders: B1_ASSESSED.length - 3 } })
    const status = async (m: string) =>
      (await cloud.tc.db.collection('reminders').where({ memberId: m, kind: 'rating' }).get()).data.map((r: any) => r.status)
    expect([await status('m07'), await status('m09'), await status('m11')]).toEqual([['noConsent'], ['refused'], ['unbound']])
    cloud.tc.local.outbox.setSubscribeRefused('demo:m09', false)
    warn.mockRestore()
  })
})
