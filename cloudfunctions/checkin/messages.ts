// Short Chinese labels of recorded refusals, for the secretary's attendance page.
export const CODE_MESSAGES: Record<string, string> = {
  CODE_MALFORMED: '不是签到码',
  CODE_FORGED: '签到码无效（伪造或输错）',
  CODE_EXPIRED: '签到码已过期',
  CODE_REPLAYED: '签到码早已失效（疑似翻拍或转发）',
  CODE_OTHER_ACTIVITY: '使用了其他活动的签到码',
  WINDOW_NOT_OPEN: '签到尚未开始',
  WINDOW_CLOSED: '签到已结束',
  LOCATION_REQUIRED: '未提供位置',
  OUT_OF_RANGE: '不在签到范围内',
  NOT_ELIGIBLE: '非本组织党员',
  NOT_FOUND: '选择的活动不存在',
  TOO_MANY_ATTEMPTS: '签到失败次数过多，已暂停 10 分钟'
}
