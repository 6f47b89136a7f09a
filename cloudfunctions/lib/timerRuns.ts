// The newest CST day each daily job completed (`timerRuns`: _id = '<fn>:<job>'), for catch-up
// (shared/reminders/ids.ts daysToRun). Written after a day's work, so a run that dies is redone next time.
import type { Database } from './cloud'
import { getOrNull } from './db'

export async function lastDoneDay(db: Database, job: string): Promise<string | null> {
  return (await getOrNull(db, 'timerRuns', job))?.lastDone ?? null
}

export async function markDone(db: Database, job: string, day: string, now: Date): Promise<void> {
  await db
    .collection('timerRuns')
    .doc(job)
    .set({ data: { lastDone: day, at: now } })
}
