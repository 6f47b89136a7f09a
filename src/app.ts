import type { PropsWithChildren } from 'react'
import Taro, { useLaunch } from '@tarojs/taro'
import { installPrivacyListener } from '@/core/privacy/consent'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      // Once per launch. Empty env → the appid's default cloud environment.
      Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
      // Our consent sheet instead of WeChat's, before the first privacy-protected call.
      installPrivacyListener()
    }
  })
  // children are the pages being rendered
  return children
}

export default App
