import Taro from '@tarojs/taro'

/** Watch page navigation without performing it (no router in jsdom). */
export function spyNavigation() {
  const navigateTo = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'navigateTo:ok' }) as any)
  const reLaunch = jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'reLaunch:ok' }) as any)
  return { navigateTo, reLaunch }
}

const stubbed: Array<[string, unknown, boolean]> = []

/**
 * Replace a Taro API for one test, even one the H5 implementation does not have (scanCode,
 * getLocation, openDocument …). Undo with `restoreTaroStubs()` in afterEach.
 */
export function stubTaro<T extends (...args: any[]) => any>(name: string, impl: T): jest.Mock<ReturnType<T>, Parameters<T>> {
  const t = Taro as unknown as Record<string, unknown>
  stubbed.push([name, t[name], Object.hasOwn(t, name)])
  const fn = jest.fn(impl) as unknown as jest.Mock<ReturnType<T>, Parameters<T>>
  Object.defineProperty(t, name, { configurable: true, writable: true, value: fn })
  return fn
}

export function restoreTaroStubs() {
  const t = Taro as unknown as Record<string, unknown>
  while (stubbed.length) {
    const [name, value, own] = stubbed.pop()!
    if (own) Object.defineProperty(t, name, { configurable: true, writable: true, value })
    else delete t[name]
  }
}
