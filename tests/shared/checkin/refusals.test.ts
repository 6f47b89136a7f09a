import { REFUSALS, refusalKind, refusalLabel, remedyOf } from '@shared/checkin/refusals'

describe('refusalKind: only refusals about the code count towards the limit', () => {
  it.each([
    ['CODE_MALFORMED', 'code'],
    ['CODE_FORGED', 'code'],
    ['CODE_EXPIRED', 'code'],
    ['CODE_REPLAYED', 'code'],
    ['CODE_OTHER_ACTIVITY', 'code'],
    ['NOT_FOUND', 'code'],
    ['TOO_MANY_ATTEMPTS', 'limit'],
    ['WINDOW_NOT_OPEN', 'other'],
    ['WINDOW_CLOSED', 'other'],
    ['NOT_ELIGIBLE', 'other'],
    ['LOCATION_REQUIRED', 'other'],
    ['OUT_OF_RANGE', 'other'],
    ['SOMETHING_ELSE', 'other'],
    ['toString', 'other']
  ])('%s → %s', (code, kind) => expect(refusalKind(code)).toBe(kind))
})

describe('remedyOf: what the check-in page offers', () => {
  it.each([
    ['CODE_EXPIRED', 'rescan'],
    ['CODE_REPLAYED', 'rescan'],
    ['CODE_FORGED', 'rescan'],
    ['CODE_MALFORMED', 'rescan'],
    ['LOCATION_REQUIRED', 'location'],
    ['OUT_OF_RANGE', 'location'],
    ['UNAUTHENTICATED', 'signIn'],
    ['NOT_BOUND', 'signIn'],
    ['CODE_OTHER_ACTIVITY', null],
    ['WINDOW_CLOSED', null],
    ['NOT_ELIGIBLE', null],
    ['TOO_MANY_ATTEMPTS', null],
    ['ALREADY_CHECKED_IN', null],
    ['ERROR', null]
  ])('%s → %s', (code, remedy) => expect(remedyOf(code)).toBe(remedy))
})

describe('refusalLabel: the secretary’s label of a recorded attempt', () => {
  it.each([
    ['CODE_FORGED', '签到码无效（伪造或输错）'],
    ['CODE_REPLAYED', '签到码早已失效（疑似翻拍或转发）'],
    ['NOT_FOUND', '选择的活动不存在'],
    ['TOO_MANY_ATTEMPTS', '签到失败次数过多，已暂停 10 分钟'],
    ['A_CODE_FROM_LATER', 'A_CODE_FROM_LATER']
  ])('%s → %s', (code, label) => expect(refusalLabel(code)).toBe(label))
})

describe('messages that name the case', () => {
  it.each([
    [REFUSALS.WINDOW_NOT_OPEN.message({ opensAt: '2026-07-01 09:30' }), '签到尚未开始，将于 2026-07-01 09:30 开放'],
    [REFUSALS.WINDOW_CLOSED.message({ closesAt: '2026-07-01 11:00' }), '签到已于 2026-07-01 11:00 结束'],
    [REFUSALS.OUT_OF_RANGE.message({ distanceM: 820, radiusM: 300 }), '你距活动地点约 820 米，超出 300 米的签到范围'],
    [REFUSALS.NOT_ELIGIBLE.message({ orgName: '机关第一支部' }), '你不在机关第一支部参加组织生活，不能在该活动签到']
  ])('%s', (message, expected) => expect(message).toBe(expected))
})
