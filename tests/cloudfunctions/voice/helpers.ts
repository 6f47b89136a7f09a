// Shared set-up for the voice integration tests: a local cloud seeded with the demo organisation, no
// suggestions; photos uploaded as the app does (the member's own file under voice/<memberId>/); media
// verdicts delivered by the scheduler as WeChat's message push. 第一养护中心党支部 (org-b1): m03 secretary,
// m04 deputy, m05 committee member and leader of group g1, m06 leader of group g2, m07–m13 members (m10
// dispatched from 陇南 village branch org-v-longnan, whose secretary is m32); m14 secretary of org-b2; m01
// committee staff.
import { Scheduler } from '@localcloud/scheduler/scheduler'
import { makePng } from '@localcloud/storage/png'
import { photoCloudPath } from '@shared/voice/photos'
import { type FunctionCloud, openidOf, useFunctionCloud } from '@tests/cloudfunctions/functionCloud'

export { as, expectFail, expectOk } from '@tests/cloudfunctions/member/helpers'

export const VOICE_COLLECTIONS = ['suggestions', 'mediaVerdicts']

export interface VoiceCloud extends FunctionCloud {
  scheduler: Scheduler
  /** Uploads a photo as `who` would from the app; answers its fileID. */
  photo(who: string, draftId: string, index: number, bytes?: Buffer): Promise<string>
  /** Delivers every waiting media-check verdict now. */
  deliver(): Promise<unknown[]>
  markRisky(fileID: string): Promise<void>
}

let seq = 0
/** A fresh draft id (8–32 of [a-z0-9]). */
export const draft = () => `draft${(++seq).toString(36).padStart(4, '0')}${Date.now().toString(36)}`.slice(0, 32)

/** A small valid photo; `seed` makes different content. */
export const png = (seed = 1) => makePng({ width: 64, height: 48, color: [(seed * 37) % 255, 80, 120] })

export function sheet(patch: Record<string, unknown> = {}) {
  return {
    action: 'submit',
    draftId: draft(),
    category: 'safety',
    title: 'K12 处护栏松动',
    content: 'K12+300 处波形护栏螺栓松动，建议尽快紧固。',
    location: 'G316 K12+300',
    hiddenFromPeers: false,
    photos: [] as string[],
    ...patch
  }
}

export function useVoiceCloud(): VoiceCloud {
  const ctx = useFunctionCloud({ fn: 'voice', collections: VOICE_COLLECTIONS }) as VoiceCloud
  beforeAll(() => {
    ctx.scheduler = new Scheduler(ctx.tc.local)
  })
  ctx.photo = async (who, draftId, index, bytes = png(index + 1)) => {
    const meta = await ctx.tc.local.files.put(photoCloudPath(who, draftId, index, 'png'), bytes, { owner: openidOf(who), via: 'client' })
    return meta.fileID
  }
  ctx.deliver = () => ctx.scheduler.deliverPushes(new Date(), { all: true })
  ctx.markRisky = async (fileID) => {
    const meta = ctx.tc.local.files.list().find((m) => m.fileID === fileID)
    if (!meta) throw new Error(`no file ${fileID}`)
    await ctx.tc.local.files.setRisky(meta.sha256, true, 20002)
  }
  return ctx
}

/** Files a sheet as `who` with `n` photos; answers the suggestion's detail. */
export async function filed(cloud: VoiceCloud, who: string, n = 0, patch: Record<string, unknown> = {}) {
  const draftId = draft()
  const photos = []
  for (let i = 0; i < n; i++) photos.push(await cloud.photo(who, draftId, i))
  return cloud.ok(sheet({ draftId, photos, ...patch }), who)
}

/** Files and lets moderation pass (photos' verdicts delivered). */
export async function passed(cloud: VoiceCloud, who: string, n = 0, patch: Record<string, unknown> = {}) {
  const s = await filed(cloud, who, n, patch)
  await cloud.deliver()
  return s
}
