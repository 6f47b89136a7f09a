// The `birthday` cloud function (政治生日, issue 12): the daily 08:00 CST timer (greetings, messages through
// the consent ledger, secretaries' reminders 7 days ahead), the member's greetings, secretaries' upcoming
// and monthly lists, the collective birthday as a check-in activity, the 七个一 checklist, the
// 光荣在党50年 list, reportConsent and stopConsent. See docs/birthday.md.
import type { Reply } from '@shared/core/envelope'
import { defineFunction } from '@server/router'
import { reportConsent, stopConsent } from './consent'
import { fiftyYears, fiftyYearsXlsx } from './fiftyYears'
import { myGreeting, openGreeting } from './greetings'
import { markSevenOne, saveSevenOnesList, sevenOnes, sevenOnesList } from './sevenOnes'
import { daily } from './timer'
import { makeBirthdayActivity, monthlyList, upcoming } from './upcoming'

export const main = defineFunction({
  name: 'birthday',
  timer: dailySafely,
  actions: {
    myGreeting,
    openGreeting,
    upcoming,
    monthlyList,
    makeBirthdayActivity,
    sevenOnes,
    markSevenOne,
    sevenOnesList,
    saveSevenOnesList,
    fiftyYears,
    fiftyYearsXlsx,
    reportConsent,
    stopConsent
  }
})

async function dailySafely(time: Date): Promise<Reply<unknown>> {
  try {
    return { ok: true, data: await daily(time) }
  } catch (e) {
    console.error('[birthday.daily] failed', e)
    return { ok: false, code: 'INTERNAL', message: '政治生日提醒失败' }
  }
}
