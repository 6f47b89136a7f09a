/** @jest-environment node */
import { buildActivityRequest, emptyForm, windowSummary, type ActivityForm } from '@/checkin/activityForm'

// 10:32 CST on 21 November 2026.
const NOW = Date.parse('2026-11-21T02:32:00Z')
const base = (over: Partial<ActivityForm> = {}): ActivityForm => ({ ...emptyForm(NOW, 'org-b1'), title: '11月主题党日', ...over })

describe('the new-activity form', () => {
  it('starts at the next 5-minute mark for an hour, in CST, with the default window', () => {
    const f = emptyForm(NOW, 'org-b1')
    expect(f).toMatchObject({ startDate: '2026-11-21', startTime: '10:35', endDate: '2026-11-21', endTime: '11:35' })
    expect([f.opensMinutesBefore, f.closesMinutesAfter, f.lateAfterMinutes, f.radiusM]).toEqual(['30', '0', '0', '300'])
    expect(f.expectedMemberIds).toBeNull()
  })

  it('sends only what differs from the server defaults, instants with +08:00', () => {
    expect(buildActivityRequest(base())).toEqual({
      ok: true,
      req: {
        type: 'themeDay',
        title: '11月主题党日',
        orgId: 'org-b1',
        startAt: '2026-11-21T10:35:00+08:00',
        endAt: '2026-11-21T11:35:00+08:00'
      }
    })
  })

  it('sends the window, open flag, venue, stations and expected members when set', () => {
    const r = buildActivityRequest(
      base({
        opensMinutesBefore: '60',
        lateAfterMinutes: '5',
        open: true,
        venue: { lat: 36.06, lng: 103.83 },
        radiusM: '500',
        stationIds: ['s_1'],
        expectedMemberIds: ['m03', 'm07']
      })
    )
    expect(r).toEqual({
      ok: true,
      req: expect.objectContaining({
        window: { opensMinutesBefore: 60, lateAfterMinutes: 5 },
        open: true,
        venue: { lat: 36.06, lng: 103.83, radiusM: 500 },
        stationIds: ['s_1'],
        expectedMemberIds: ['m03', 'm07']
      })
    })
  })

  it('crosses midnight CST correctly', () => {
    const r = buildActivityRequest(base({ startDate: '2026-11-21', startTime: '23:30', endDate: '2026-11-22', endTime: '00:30' }))
    expect(r.ok && [r.req.startAt, r.req.endAt]).toEqual(['2026-11-21T23:30:00+08:00', '2026-11-22T00:30:00+08:00'])
  })

  it.each([
    ['no title', { title: '  ' }, '请填写活动名称'],
    ['a title too long', { title: '党'.repeat(61) }, '活动名称不能超过60个字'],
    ['no org', { orgId: '' }, '请选择组织'],
    ['end before start', { endTime: '10:00' }, '结束时间须晚于开始时间'],
    ['end equal to start', { endTime: '10:35' }, '结束时间须晚于开始时间'],
    ['an impossible date', { startDate: '2026-02-30' }, '请选择开始和结束时间'],
    ['opens too early', { opensMinutesBefore: '1441' }, '提前开放签到的分钟数应为 0–1440'],
    ['closes not a number', { closesMinutesAfter: 'abc' }, '结束后截止签到的分钟数应为 0–1440'],
    ['late too long', { lateAfterMinutes: '241' }, '迟到判定的分钟数应为 0–240'],
    ['radius too small', { venue: { lat: 1, lng: 1 }, radiusM: '10' }, '签到范围应为 50–5000 米'],
    ['nobody expected', { expectedMemberIds: [] }, '请至少选择一名应到党员']
  ])('refuses %s', (_n, over, message) => expect(buildActivityRequest(base(over as Partial<ActivityForm>))).toEqual({ ok: false, message }))

  it.each([
    [{}, '签到 11-21 10:05 开放，11-21 11:35 截止，11-21 10:35 后算迟到'],
    [
      { opensMinutesBefore: '0', closesMinutesAfter: '15', lateAfterMinutes: '10' },
      '签到 11-21 10:35 开放，11-21 11:50 截止，11-21 10:45 后算迟到'
    ],
    [{ opensMinutesBefore: 'x' }, null]
  ])('explains the window %j', (over, text) => expect(windowSummary(base(over))).toBe(text))
})
