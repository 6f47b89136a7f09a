// WeChat content security (security.msgSecCheck, version 2) for the card text the wall publishes: every
// item's what and target, in pieces of 2500 characters, as the caller's openid in scene 3 (论坛). A
// 'risky' verdict refuses with CONTENT_RISKY and nothing is written; 'review' passes on to the
// secretary's own review (the card is not public before it is approved). A failed call refuses too
// (CONTENT_CHECK_FAILED): text is never published unchecked. Needs "openapi": ["security.msgSecCheck"]
// in config.json; the local cloud answers it from a word list (docs/localcloud.md).
import type { CardItem } from '@shared/commitment/api'
import { publishedText } from '@shared/commitment/items'
import { getCloud } from '@server/cloud'
import { AppError } from '@server/errors'

export const SCENE_FORUM = 3

interface SecCheckReply {
  errCode?: number
  result?: { suggest?: string; label?: number }
}

export async function assertPublishable(openid: string, items: CardItem[]): Promise<void> {
  for (const content of publishedText(items)) {
    let reply: SecCheckReply
    try {
      reply = (await getCloud().openapi.security.msgSecCheck({ openid, scene: SCENE_FORUM, version: 2, content })) as SecCheckReply
    } catch (e) {
      throw checkFailed(e)
    }
    if (reply?.errCode !== undefined && reply.errCode !== 0) throw checkFailed(reply)
    const suggest = reply?.result?.suggest
    if (suggest === 'risky') {
      throw new AppError('CONTENT_RISKY', '承诺卡中有内容未通过微信内容安全检测，请修改后再提交', { label: reply.result?.label ?? null })
    }
    if (suggest !== 'pass' && suggest !== 'review') throw checkFailed(reply)
  }
}

function checkFailed(e: unknown): AppError {
  const errCode = (e as { errCode?: unknown } | null)?.errCode
  return new AppError('CONTENT_CHECK_FAILED', '内容安全检测暂时不可用，请稍后再提交', {
    errCode: typeof errCode === 'number' ? errCode : null
  })
}
