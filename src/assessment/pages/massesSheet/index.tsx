import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { heldSheet } from '@/assessment/massesSheet'
import { massesQr } from '@/assessment/massesQr'
import { cstDateTime } from '@shared/core/time'
import { groupCode } from '@/core/groupCode'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import './index.css'

// The print layout (cut lines, two slips a row, nothing else on paper) exists only in H5; the weapp
// build never sees an @media print rule.
if (process.env.TARO_ENV === 'h5') require('./print.css')

const isH5 = () => process.env.TARO_ENV === 'h5'

/**
 * 群众参评码条: the batch of masses codes just issued on the desk, one slip per code (branch, period,
 * code, QR in H5, how to use it, until when). H5 prints it; in WeChat the secretary screenshots and
 * shares it. The codes come from memory only: after a reload they are gone, as they are on the desk.
 */
export default function MassesSheetPage() {
  const [periodId] = useState(() => decodeURIComponent(Taro.getCurrentInstance()?.router?.params?.periodId ?? ''))
  const sheet = heldSheet(periodId)
  if (!sheet) {
    return (
      <View className='page'>
        <StatusView error='参评码只在发放时显示一次，离开后无法再查看。请回到考评工作台重新发放。' />
      </View>
    )
  }
  const n = sheet.codes.length
  return (
    <View className='page masses-sheet'>
      <View className='masses-sheet__tools'>
        <Text className='masses-sheet__title'>
          {sheet.orgName} · {sheet.periodName}
        </Text>
        <Text className='masses-sheet__text'>
          共 {n} 张参评条，每张一个码，只能使用一次。{isH5() ? '打印后沿虚线剪开' : '截屏后分享或打印，沿虚线剪开'}
          ，分发给不同的群众。离开本页后参评码不再显示。
        </Text>
        {isH5() ? (
          <BigButton primary onTap={() => window.print()}>
            打印参评码条
          </BigButton>
        ) : null}
      </View>
      <View className='masses-sheet__slips'>
        {sheet.codes.map((code, i) => {
          const qr = massesQr(code)
          return (
            <View key={code} className='masses-slip' data-code={code}>
              <View className='masses-slip__top'>
                <Text className='masses-slip__kind'>群众参评码</Text>
                <Text className='masses-slip__no'>
                  {i + 1}/{n}
                </Text>
              </View>
              <Text className='masses-slip__org'>{sheet.orgName}</Text>
              <Text className='masses-slip__period'>{sheet.periodName}</Text>
              <Text className='masses-slip__code'>{groupCode(code)}</Text>
              {qr ? <Image className='masses-slip__qr' src={qr.src} mode='scaleToFill' data-url={qr.url} /> : null}
              <Text className='masses-slip__how'>
                {qr
                  ? '用手机扫描二维码，或在「同心」小程序的群众参评页输入此码，无需注册。'
                  : '在「同心」小程序的群众参评页输入此码，无需注册。'}
              </Text>
              <Text className='masses-slip__until'>有效期至 {cstDateTime(sheet.expiresAt)}（北京时间）· 仅限使用一次</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
