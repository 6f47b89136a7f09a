// Jump to the first error on submit: the message at the bottom names the item, the page scrolls to it.
import Taro from '@tarojs/taro'

/** Scrolls the page to the element with this id; a no-op where the platform cannot. The id must be a
 * plain CSS identifier (WeChat's pageScrollTo takes #id and .class selectors, not attribute ones). */
export function jumpTo(id: string): void {
  try {
    const done = Taro.pageScrollTo({ selector: `#${id}`, duration: 300 }) as unknown
    if (done instanceof Promise) done.catch(() => undefined)
  } catch {
    // Older base libraries: the message still names the item.
  }
}
