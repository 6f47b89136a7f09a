// Taro's storage for page tests: the jsdom-mapped H5 Taro lacks the storage APIs on its default export
// (the real builds have them). An in-memory store per test; pass it along to read what a page kept.
import { stubTaro } from './taroSpies'

export function stubStorage(): Map<string, unknown> {
  const storage = new Map<string, unknown>()
  stubTaro('setStorageSync', (k: string, v: unknown) => void storage.set(k, JSON.parse(JSON.stringify(v))))
  stubTaro('getStorageSync', (k: string) => (storage.has(k) ? storage.get(k) : ''))
  stubTaro('removeStorageSync', (k: string) => void storage.delete(k))
  return storage
}
