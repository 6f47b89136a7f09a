import type { WhoamiResult } from '../shared/api/member'
import { findCaller } from '../shared/auth'
import { action } from '../shared/router'
import { v } from '../shared/validate'
import { whoamiOf } from './present'

export const whoami = action({
  schema: v.object({}),
  async handler(_input, { db, openid, now }): Promise<WhoamiResult> {
    const caller = await findCaller(db, openid)
    if (!caller) return { bound: false }
    return whoamiOf(db, caller.member, now)
  },
})
