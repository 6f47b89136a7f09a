// 入党誓词: the oath of the Party Constitution (Article 6), shown on the greeting for the member to re-take.
export const OATH_TITLE = '入党誓词'

export const OATH =
  '我志愿加入中国共产党，拥护党的纲领，遵守党的章程，履行党员义务，执行党的决定，严守党的纪律，保守党的秘密，对党忠诚，积极工作，为共产主义奋斗终身，随时准备为党和人民牺牲一切，永不叛党。'
