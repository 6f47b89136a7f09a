import type { WhoamiResult } from '@shared/member/api'
import { findCaller } from '@server/auth'
import { action } from '@server/router'
import { v } from '@server/validate'
import { whoamiOf } from './present'

export const whoami = action({
  schema: v.object({}),
  async handler(_input, { db, openid, now }): Promise<WhoamiResult> {
    const caller = await findCaller(db, openid)
    if (!caller) return { bound: false }
    return whoamiOf(db, caller.member, now)
  }
})
