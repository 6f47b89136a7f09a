import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { BACK_LABEL, backAction } from '@/core/back'
import { PAGES } from '@/core/session'
import './style.css'

/** Taro's H5 router announces each page change (after the page is on the stack) on its event centre. */
export const ROUTE_CHANGED = '__afterTaroRouterChange'

function topOfStack(): { route: string; depth: number } {
  const pages = Taro.getCurrentPages()
  const top = pages[pages.length - 1] as { route?: string } | undefined
  return { route: top?.route ?? '', depth: pages.length }
}

/**
 * H5 only (WeChat draws its own navigation bar): a bar with 返回 on every page that is not a root page,
 * or 首页 when the page was opened directly. Mounted once by the app, above every page.
 */
export default function BackBar() {
  const [top, setTop] = useState(topOfStack)
  useEffect(() => {
    const update = () => setTop(topOfStack())
    Taro.eventCenter.on(ROUTE_CHANGED, update)
    update()
    return () => {
      Taro.eventCenter.off(ROUTE_CHANGED, update)
    }
  }, [])
  const action = process.env.TARO_ENV === 'h5' ? backAction(top.route, top.depth) : null
  useEffect(() => {
    // The pages make room for the bar (style.css) only while it shows.
    if (typeof document !== 'undefined') document.body.classList.toggle('tx-has-back', !!action)
  }, [action])
  if (!action) return null
  return (
    <View className='back-bar'>
      <View
        className='back-bar__btn'
        hoverClass='back-bar__btn--pressed'
        aria-role='button'
        aria-label={BACK_LABEL[action]}
        onClick={() => (action === 'back' ? Taro.navigateBack() : Taro.reLaunch({ url: PAGES.home }))}
      >
        <Text className='back-bar__arrow'>‹</Text>
        <Text className='back-bar__label'>{BACK_LABEL[action]}</Text>
      </View>
    </View>
  )
}
