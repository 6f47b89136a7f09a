/** @jest-environment node */
import { BACK_LABEL, backAction } from '@/core/back'

describe('backAction: which way the H5 back control goes', () => {
  it.each([
    ['/pages/home/index', 1, null],
    ['/pages/home/index', 3, null],
    ['pages/login/index', 1, null],
    ['/assessment/pages/masses/index', 1, null],
    ['/commitment/pages/public/index?token=wT0k3n', 1, null],
    ['/commitment/pages/my/index', 2, 'back'],
    ['', 0, null],
    ['/pages/card/index', 2, 'back'],
    ['/assessment/pages/result/index?periodId=p0', 3, 'back'],
    ['/assessment/pages/board/index', 1, 'home'],
    ['checkin/pages/station/index', 1, 'home']
  ])('%s with %i page(s) on the stack → %s', (route, depth, action) => {
    expect(backAction(route, depth)).toBe(action)
  })

  it('labels them in Chinese', () => {
    expect(BACK_LABEL).toEqual({ back: '返回', home: '首页' })
  })
})
