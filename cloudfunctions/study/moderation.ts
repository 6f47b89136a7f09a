// WeChat content security (security.msgSecCheck v2, scene 3) for what a secretary publishes to members:
// plan contents and task material text. 'risky' refuses (CONTENT_RISKY) and nothing is written; a failed
// call refuses too (CONTENT_CHECK_FAILED). Reports and analyses are not published to others (only their
// reviewers read them): they are not sent.
import { getCloud } from '@server/cloud'
import { AppError } from '@server/errors'

const SCENE_FORUM = 3
const PIECE = 2500

export async function assertPublishable(openid: string, texts: string[]): Promise<void> {
  const all = texts.filter((t) => t.trim()).join('\n')
  for (let i = 0; i < all.length; i += PIECE) {
    const content = all.slice(i, i + PIECE)
    let reply: { errCode?: number; result?: { suggest?: string; label?: number } }
    try {
      reply = (await getCloud().openapi.security.msgSecCheck({ openid, scene: SCENE_FORUM, version: 2, content })) as typeof reply
    } catch (e) {
      throw checkFailed((e as { errCode?: unknown } | null)?.errCode)
    }
    if (reply?.errCode !== undefined && reply.errCode !== 0) throw checkFailed(reply.errCode)
    const suggest = reply?.result?.suggest
    if (suggest === 'risky')
      throw new AppError('CONTENT_RISKY', '内容未通过微信内容安全检测，请修改后再发布', { label: reply.result?.label ?? null })
    if (suggest !== 'pass' && suggest !== 'review') throw checkFailed(reply?.errCode)
  }
}

function checkFailed(errCode: unknown): AppError {
  return new AppError('CONTENT_CHECK_FAILED', '内容安全检测暂时不可用，请稍后再发布', {
    errCode: typeof errCode === 'number' ? errCode : null
  })
}
