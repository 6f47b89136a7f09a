// stationCode: what the station screen polls — the current rotating code (and its 6-digit short code),
// when it rotates, and the live list of who has checked in. Organisers of the activity's org only.
import { requireCaller } from '@server/auth'
import { currentCode } from '@shared/checkin/code'
import { canOrganise } from '@shared/checkin/eligibility'
import { forbidden } from '@server/errors'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { checkinsOf, loadActivity, loadOrg, memberNames, toActivity, toRecord } from './common'
import { activityId } from './schemas'

export const stationCode = action({
  schema: v.object({ activityId: activityId() }),
  async handler(input, { db, openid, now }) {
    const caller = await requireCaller(db, openid)
    const activity = await loadActivity(db, input.activityId)
    const org = await loadOrg(db, activity.orgId)
    if (!canOrganise(caller.roles, org)) throw forbidden('只有该组织的书记、副书记、支委可以打开签到屏')
    const secret = requireSecret('CHECKIN_SECRET')
    const c = currentCode(secret, activity._id, now.getTime(), activity.rotateSeconds)
    const checkins = await checkinsOf(db, activity._id)
    const names = await memberNames(
      db,
      checkins.map((x) => x.memberId)
    )
    return {
      activity: toActivity(activity, org.name, now),
      code: c.code,
      shortCode: c.shortCode,
      window: c.window,
      rotateSeconds: c.rotateSeconds,
      secondsLeft: c.secondsLeft,
      rotatesAt: c.rotatesAt.toISOString(),
      checkins: checkins.map((x) => toRecord(x, names.get(x.memberId) ?? x.memberId)),
      count: checkins.length
    }
  }
})
