// The `voice` cloud function: suggestion sheets 党员建议说明表 / 随手拍 (seed 001). Members file what
// they saw or suggest, with photos; content security first (msgSecCheck now, mediaCheckAsync's verdict
// later by message push); the branch receives, names who handles, answers; the member confirms or
// reopens. Every action: validate → OPENID from the cloud context → roles from the database → pure
// rules in shared/voice → record. See docs/voice.md.
import { MEDIA_CHECK_EVENT } from '@shared/voice/photos'
import { defineFunction } from '@server/router'
import { answer, assign, confirm, receive, reopen } from './handle'
import { get, list, stats } from './lists'
import { onMediaCheck } from './moderation'
import { submit } from './submit'

export const main = defineFunction({
  name: 'voice',
  actions: { submit, list, get, receive, assign, answer, confirm, reopen, stats },
  events: { [MEDIA_CHECK_EVENT]: onMediaCheck }
})
