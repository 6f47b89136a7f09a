import { OATH, OATH_TITLE } from '@shared/birthday/oath'

it('holds the oath of the Party Constitution', () => {
  expect(OATH_TITLE).toBe('入党誓词')
  expect(OATH.startsWith('我志愿加入中国共产党')).toBe(true)
  expect(OATH.endsWith('永不叛党。')).toBe(true)
})
