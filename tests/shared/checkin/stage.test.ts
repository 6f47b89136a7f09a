import { activityStage } from '@shared/checkin/stage'

// A 党课 from 15:00 to 16:30 CST on 1 July; check-in closes at the end, or 30 minutes after.
const at = (hhmm: string) => new Date(`2026-07-01T${hhmm}:00+08:00`)
const lecture = { startAt: at('15:00'), endAt: at('16:30'), closesAt: at('16:30') }
const lateClose = { ...lecture, closesAt: at('17:00') }

describe('activityStage', () => {
  it.each([
    ['a week before', lecture, new Date('2026-06-24T07:00:00Z'), 'upcoming'],
    ['in the check-in window before the start', lecture, at('14:45'), 'upcoming'],
    ['at the start', lecture, at('15:00'), 'ongoing'],
    ['1.5 hours in', lecture, at('16:29'), 'ongoing'],
    ['at the very end (a scan still counts)', lecture, at('16:30'), 'ongoing'],
    ['a minute after the end', lecture, at('16:31'), 'ended'],
    ['after the end, check-in still open', lateClose, at('16:45'), 'ongoing'],
    ['after the check-in window', lateClose, at('17:01'), 'ended'],
    [
      'ISO strings as the API carries them',
      { startAt: '2026-07-01T07:00:00.000Z', endAt: '2026-07-01T08:30:00.000Z', closesAt: '2026-07-01T08:30:00.000Z' },
      at('16:00'),
      'ongoing'
    ]
  ])('%s → %s', (_l, a, now, stage) => expect(activityStage(a, now)).toBe(stage))
})
