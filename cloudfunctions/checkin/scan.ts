// checkin: a member scans the station's rotating code (or types its 6-digit short code for an activity
// they picked) with an optional location. The handler reads the facts, takes the verdict
// (scanVerdict.ts: pure, in the order of its checks), then writes. Exactly once: the check-in's _id is
// `<activityId>:<memberId>`, so of concurrent scans the database lets one insert through; the others
// answer ALREADY_CHECKED_IN and write nothing. Every refusal of a bound member's well-formed request is
// recorded in `checkinRefusals` (the one deliberate write on an error path), bounded per member and 10
// minutes (refusalSlots.ts, shared/checkin/attemptLimit.ts).
import { requireCaller } from '@server/auth'
import type { Database } from '@server/cloud'
import { getOrNull, isDuplicateKeyError } from '@server/db'
import { AppError, invalidInput } from '@server/errors'
import { type CheckinDoc, checkinId, type OrgDoc, type RefusalDoc } from '@server/model'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { refusalSlotIds } from '@shared/checkin/attemptLimit'
import { parseCode } from '@shared/checkin/code'
import { cstClock } from '@shared/core/time'
import { toActivity } from './common'
import { claimSlot, fillClaim, recentRefusals, recordRefusal, releaseClaim } from './refusalSlots'
import { activityId, latLng } from './schemas'
import { alreadyCheckedIn, decideScan, type Refused, type ScanFacts, type ScanInput, tooManyAttempts } from './scanVerdict'

export const checkin = action({
  schema: v.object({
    code: v.optional(v.string({ min: 1, max: 64, label: '签到码' })),
    activityId: v.optional(activityId()),
    shortCode: v.optional(v.string({ min: 1, max: 12, label: '数字签到码' })),
    location: v.optional(latLng('当前位置'))
  }),
  async handler(input, { db, openid, now }) {
    if ((input.code === undefined) === (input.shortCode === undefined)) {
      throw invalidInput('请提供签到码（扫码）或数字签到码（手动输入）之一', [
        { path: 'code', message: '签到码与数字签到码只能且必须提供一个' }
      ])
    }
    if (input.shortCode !== undefined && input.activityId === undefined) {
      throw invalidInput('手动输入数字签到码时须选择活动', [{ path: 'activityId', message: '活动编号为必填项' }])
    }
    const caller = await requireCaller(db, openid)
    const secret = requireSecret('CHECKIN_SECRET') // missing: CONFIG_MISSING before anything is recorded
    const facts = await readFacts(db, caller.member, input, secret, now)
    const verdict = decideScan(facts)
    const via: RefusalDoc['via'] = input.code !== undefined ? 'code' : 'shortCode'
    const refusal = (code: string, activityId: string | null): RefusalDoc => ({
      memberId: caller.memberId,
      openid,
      activityId,
      at: now,
      code,
      via
    })

    // A short-code check holds a claimed slot before it answers: none left → TOO_MANY_ATTEMPTS.
    let claimed: string | null = null
    /** Records a refusal: in the claimed slot when it is the code's refusal, else in a free slot of its kind. */
    const record = async (r: Refused) => {
      if (!r.record) return
      const doc = refusal(r.code, r.record.activityId)
      if (claimed !== null) await fillClaim(db, claimed, doc)
      else await recordRefusal(db, refusalSlotIds(caller.memberId, r.code, now, facts.recent), doc)
    }
    if (verdict.claimFirst) {
      const slots = refusalSlotIds(caller.memberId, 'CODE_FORGED', now, facts.recent)
      claimed = await claimSlot(db, slots, refusal('CODE_FORGED', verdict.claimFirst.activityId))
      if (claimed === null) {
        const limit = tooManyAttempts(facts, facts.picked)
        await record(limit)
        throw answer(limit)
      }
      if (!verdict.claimFirst.keep) {
        await releaseClaim(db, claimed)
        claimed = null
      }
    }
    if (!verdict.ok) {
      await record(verdict)
      throw answer(verdict)
    }

    const { activity, org, late, distanceM } = verdict
    const id = checkinId(activity._id, caller.memberId)
    const doc: CheckinDoc = {
      _id: id,
      activityId: activity._id,
      memberId: caller.memberId,
      orgId: activity.orgId,
      checkedInAt: now,
      late,
      makeup: false,
      makeupReason: null,
      makeupBy: null,
      via,
      distanceM
    }
    try {
      await db.collection('checkins').add({ data: doc })
    } catch (err) {
      if (!isDuplicateKeyError(err)) throw err
      const c = await getOrNull(db, 'checkins', id)
      throw c ? answer(alreadyCheckedIn(c)) : err
    }
    return { checkedInAt: now.toISOString(), clock: cstClock(now), late, activity: toActivity(activity, org.name, now) }
  }
})

const answer = (r: Refused) => new AppError(r.code, r.message, r.details)

/** What the verdict needs: the member's recent refusals, the activities named and picked, their orgs, the existing check-in. */
async function readFacts(db: Database, member: ScanFacts['member'], input: ScanInput, secret: string, now: Date): Promise<ScanFacts> {
  const parsed = input.code !== undefined ? parseCode(input.code) : null
  const activity = (id: string | undefined) => (id === undefined ? Promise.resolve(null) : getOrNull(db, 'activities', id))
  const [recent, named, picked] = await Promise.all([
    recentRefusals(db, member._id, now),
    activity(parsed?.activityKey),
    activity(input.activityId)
  ])
  const target = input.code !== undefined ? named : picked
  const orgIds = [...new Set([named?.orgId, picked?.orgId].filter((x): x is string => !!x))]
  const [existing, orgList] = await Promise.all([
    target ? getOrNull(db, 'checkins', checkinId(target._id, member._id)) : Promise.resolve(null),
    Promise.all(orgIds.map((id) => getOrNull(db, 'orgs', id)))
  ])
  const orgs = new Map<string, OrgDoc>()
  for (const o of orgList) if (o) orgs.set(o._id, o)
  return { now, secret, member, input, recent, named, picked, orgs, existing }
}
