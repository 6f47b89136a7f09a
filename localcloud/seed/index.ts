// The whole demo for local mode and tests: the organisation and its people (demo.ts), then the check-in,
// assessment, commitment, political-birthday and study data built on them. Its own module so demo.ts and demo-checkin.ts need not import each other.
import type { Database } from '@server/cloud'
import { seedDemoOrg } from './demo'
import { seedDemoAssessment } from './demo-assessment'
import { seedDemoBirthday } from './demo-birthday'
import { seedDemoCheckin } from './demo-checkin'
import { seedDemoCommitment } from './demo-commitment'
import { seedDemoStudy } from './demo-study'
import { seedDemoVoice } from './demo-voice'
import { seedDemoCare } from './demo-care'

/** Seeds everything into `db` (a wx-server-sdk database); idempotent. Returns what the organisation part wrote. */
export async function seedDemo(db: Database, now: Date): Promise<{ orgs: number; members: number; bindings: number }> {
  const wrote = await seedDemoOrg(db, now)
  await seedDemoCheckin(db, now)
  await seedDemoAssessment(db, now)
  await seedDemoCommitment(db, now)
  await seedDemoBirthday(db, now)
  await seedDemoStudy(db, now)
  await seedDemoVoice(db, now)
  await seedDemoCare(db, now)
  return wrote
}
