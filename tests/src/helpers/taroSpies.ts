import Taro from '@tarojs/taro'

/** Watch page navigation without performing it (no router in jsdom). */
export function spyNavigation() {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as any)
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }) as any)
  return { navigateTo, reLaunch }
}
