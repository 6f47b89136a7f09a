// stationWxacode: the station screen's mini-program code (weapp) — wxacode.getUnlimited with the
// current rotating code as `scene`, opening the check-in page. Same rights as stationCode. The image
// changes with the code, so a screen asks once per window (WeChat allows 5000 calls a minute).
// Needs "openapi": ["wxacode.getUnlimited"] in config.json; the version it opens comes from the
// function's environment variable WXACODE_ENV_VERSION (release by default, trial/develop for testers).
import type { CheckinApi } from '@shared/checkin/api'
import { requireCaller } from '@server/auth'
import { getCloud } from '@server/cloud'
import { currentCode } from '@shared/checkin/code'
import { canOrganise } from '@shared/checkin/eligibility'
import { AppError, forbidden } from '@server/errors'
import { action } from '@server/router'
import { requireSecret } from '@server/secrets'
import { v } from '@server/validate'
import { loadActivity, loadOrg } from './common'
import { activityId } from './schemas'

export const CHECKIN_PAGE = 'pages/checkin/index'

/** Which version of the mini-program the code opens: 正式版 unless the function's environment says otherwise. */
export const WXACODE_ENV_VERSIONS = ['release', 'trial', 'develop'] as const
export type WxacodeEnvVersion = (typeof WXACODE_ENV_VERSIONS)[number]

/** `WXACODE_ENV_VERSION` (unset or empty: release); any other value → CONFIG_MISSING naming it, before any call. */
export function wxacodeEnvVersion(env: Record<string, string | undefined> = process.env): WxacodeEnvVersion {
  const value = env.WXACODE_ENV_VERSION
  if (value === undefined || value === '') return 'release'
  if ((WXACODE_ENV_VERSIONS as readonly string[]).includes(value)) return value as WxacodeEnvVersion
  throw new AppError('CONFIG_MISSING', `服务配置有误：环境变量 WXACODE_ENV_VERSION 只能是 release、trial 或 develop，请联系管理员修改`, {
    name: 'WXACODE_ENV_VERSION'
  })
}

interface WxacodeResult {
  buffer?: Buffer | Uint8Array
  contentType?: string
}

export const stationWxacode = action({
  schema: v.object({ activityId: activityId() }),
  async handler(input, { db, openid, now }): Promise<CheckinApi['stationWxacode']['res']> {
    const caller = await requireCaller(db, openid)
    const activity = await loadActivity(db, input.activityId)
    const org = await loadOrg(db, activity.orgId)
    if (!canOrganise(caller.roles, org)) throw forbidden('只有该组织的书记、副书记、支委可以打开签到屏')
    const c = currentCode(requireSecret('CHECKIN_SECRET'), activity._id, now.getTime(), activity.rotateSeconds)
    const envVersion = wxacodeEnvVersion()
    let res: WxacodeResult
    try {
      res = (await getCloud().openapi.wxacode.getUnlimited({
        scene: c.code,
        page: CHECKIN_PAGE,
        checkPath: false,
        envVersion
      })) as WxacodeResult
    } catch (e) {
      throw wxacodeFailed(e)
    }
    if (!res?.buffer || !res.buffer.length) throw wxacodeFailed(res)
    return {
      code: c.code,
      page: CHECKIN_PAGE,
      mimeType: res.contentType || 'image/png',
      base64: Buffer.from(res.buffer).toString('base64'),
      window: c.window,
      rotatesAt: c.rotatesAt.toISOString(),
      secondsLeft: c.secondsLeft
    }
  }
})

/** WeChat's errcode (45009: the per-minute limit; 41030: page not published) for the log and the client. */
function wxacodeFailed(e: unknown): AppError {
  const errCode = (e as { errCode?: unknown } | null)?.errCode
  return new AppError('WXACODE_FAILED', '小程序码生成失败，请稍后重试，或改用普通二维码签到', {
    errCode: typeof errCode === 'number' ? errCode : null
  })
}
