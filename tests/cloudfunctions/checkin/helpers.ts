// Shared set-up for the checkin integration tests: a local cloud seeded with the demo organisation,
// CHECKIN_SECRET set for the function (it runs in this process), activities relative to the real clock.
import { currentCode, makeCode, makeShortCode, windowOf } from '@shared/checkin/code'
import { type FunctionCloud, useFunctionCloud } from '@tests/cloudfunctions/functionCloud'
import { expectOk, P } from '@tests/cloudfunctions/member/helpers'

export { as, B1_MEMBERS, expectFail, expectOk, P } from '@tests/cloudfunctions/member/helpers'

export const SECRET = 'checkin-integration-test-secret-0123456789'

export type CheckinCloud = FunctionCloud

/** What the demo seed writes for issue 4 (stations, past and open activities, check-ins). */
export const CHECKIN_COLLECTIONS = ['activities', 'checkins', 'checkinRefusals', 'stations']

/**
 * One local cloud per file, re-seeded before every test: the demo organisation, without the demo
 * activities (these tests count what the actions write) unless `withDemoActivities`.
 * Set process.env.CHECKIN_SECRET before calling.
 */
export function useCheckinCloud(opts: { withDemoActivities?: boolean } = {}): CheckinCloud {
  return useFunctionCloud({ fn: 'checkin', collections: opts.withDemoActivities ? [] : CHECKIN_COLLECTIONS })
}

const MIN = 60_000
export const iso = (msFromNow: number) => new Date(Date.now() + msFromNow).toISOString()
export const minutes = (n: number) => n * MIN

/** Event of an activity of 第一养护中心党支部 starting in `startIn` minutes (default 10: the window is open), 60 minutes long. */
export function activityEvent(over: Record<string, unknown> = {}, startIn = 10, lengthMin = 60): Record<string, unknown> {
  return {
    action: 'createActivity',
    type: 'themeDay',
    title: '主题党日：学习新修订的党章',
    orgId: 'org-b1',
    startAt: iso(minutes(startIn)),
    endAt: iso(minutes(startIn + lengthMin)),
    ...over
  }
}

export async function createActivity(
  cloud: CheckinCloud,
  over: Record<string, unknown> = {},
  by: string = P.b1Secretary,
  startIn = 10,
  lengthMin = 60
) {
  return expectOk(await cloud.call(activityEvent(over, startIn, lengthMin), by)).activity
}

/** The code on the station screen now. */
export const codeNow = (activityId: string, rotateSeconds = 30) => currentCode(SECRET, activityId, Date.now(), rotateSeconds).code
/** A genuine code `back` windows ago. */
export const codeBack = (activityId: string, back: number, rotateSeconds = 30) =>
  makeCode(SECRET, activityId, windowOf(Date.now(), rotateSeconds) - back, rotateSeconds)
export const shortNow = (activityId: string) => makeShortCode(SECRET, activityId, windowOf(Date.now()))

/** Waits, when the current 30 s window ends within 3 s, until the next one starts (for tests that use "the previous window"). */
export async function awayFromRotation(rotateSeconds = 30): Promise<void> {
  const left = rotateSeconds * 1000 - (Date.now() % (rotateSeconds * 1000))
  if (left < 3000) await new Promise((r) => setTimeout(r, left + 20))
}
