// The political-birthday demo, through the same rules as the functions (the consent ledger of
// cloudfunctions/lib/consent.ts): 孙丽娟 (m08, birthday today, demo.ts) accepted the greeting template
// once, so firing the 08:00 timer in /dev/scheduler sends her a message; the b1 secretary (m03) accepted
// the upcoming-birthday template; 赵永平 (m07, the 29 February joiner) accepted the greeting once and it
// was used up (balance 0: his next greeting shows in the app only). The birthdays themselves are demo.ts's
// dates: today (m08), in 3 days (m04, a round 20th), 29 February (m07), 50 years of 党龄 this year (m15).
import type { Database } from '@server/cloud'
import { reportConsent, spendConsent } from '@server/consent'

export async function seedDemoBirthday(db: Database, now: Date): Promise<void> {
  await reportConsent(db, 'm08', 'demo-seed-m08', ['birthdayGreeting'], now)
  await reportConsent(db, 'm03', 'demo-seed-m03', ['birthdayUpcoming'], now)
  // Seeding twice must not spend a second consent: only when this report is new.
  const used = await reportConsent(db, 'm07', 'demo-seed-m07', ['birthdayGreeting'], now)
  if (used.counted) await spendConsent(db, 'm07', 'birthdayGreeting', now)
}
