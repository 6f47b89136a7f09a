// What the mini-program collects through WeChat's privacy-protected APIs, and why. One list for
// the consent sheet and for the 用户隐私保护指引 pasted into the WeChat console (the README's
// deploy step is generated from it by `npm run console-steps -- --write`), so the two cannot drift.

export interface PrivacyPurpose {
  /** The information type as the console's 用户隐私保护指引 names it. */
  info: string
  /** Its short name on the sheet. */
  label: string
  /** The purpose, pasted into the console after its fixed "用于" (so it does not start with 用于). */
  purpose: string
  /** The WeChat APIs that need it (the console asks for the type when the code calls one). */
  apis: string[]
}

export const PRIVACY_PURPOSES: readonly PrivacyPurpose[] = [
  {
    info: '收集你的位置信息',
    label: '位置信息',
    purpose: '签到时核对你是否在活动地点附近（仅在签到时获取一次，不持续定位）',
    apis: ["wx.authorize({scope: 'scope.userLocation'})", 'wx.getLocation']
  },
  {
    info: '收集你选择的位置信息',
    label: '选择的位置',
    purpose: '组织者新建活动时在地图上选择活动地点',
    apis: ['wx.chooseLocation']
  },
  {
    info: '收集你选中的照片或视频信息',
    label: '照片或视频',
    purpose: '上传你选择的照片（如随手拍建议的现场照片）',
    apis: ['wx.chooseMedia']
  },
  {
    info: '收集你选中的文件',
    label: '选中的文件',
    purpose: '支部布置学习任务时上传你从聊天中选择的学习材料（PDF、Word 文档）',
    apis: ['wx.chooseMessageFile']
  },
  {
    info: '使用你的相册（仅写入）权限',
    label: '相册（仅写入）',
    purpose: '把小程序生成的图片（如活动二维码）保存到你的相册',
    apis: ["wx.authorize({scope: 'scope.writePhotosAlbum'})", 'wx.saveImageToPhotosAlbum']
  }
]

/** The contract's name until WeChat tells the one configured in the console (getPrivacySetting). */
export const DEFAULT_CONTRACT_NAME = '《同心小程序隐私保护指引》'
