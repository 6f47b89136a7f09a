import { createElement, Fragment, useRef, type PropsWithChildren } from 'react'
import Taro, { useDidHide, useDidShow, useLaunch } from '@tarojs/taro'
import { forgetCaller } from '@/core/caller'
import { installPrivacyListener } from '@/core/privacy/consent'
import './app.css'

// H5 only (WeChat draws its own navigation bar): required behind the build-time platform, so the weapp
// bundle carries neither its code nor its styles.
const BackBar: (() => JSX.Element | null) | null = process.env.TARO_ENV === 'h5' ? require('@/core/components/BackBar').default : null
if (process.env.TARO_ENV === 'h5') require('@/core/reducedMotion.css')

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Once per launch. Empty env → the appid's default cloud environment.
      Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
      // Our consent sheet instead of WeChat's, before the first privacy-protected call.
      installPrivacyListener()
    }
  })
  // Back from the background (hours may have passed): ask who is calling again on the next screen.
  const hidden = useRef(false)
  useDidHide(() => {
    hidden.current = true
  })
  useDidShow(() => {
    if (hidden.current) forgetCaller()
    hidden.current = false
  })
  // children are the pages being rendered; H5 adds the back control above them (WeChat has its own bar).
  return BackBar ? createElement(Fragment, null, createElement(BackBar), children) : children
}

export default App
