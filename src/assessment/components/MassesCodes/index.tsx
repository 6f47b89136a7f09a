import { View, Text, Image } from '@tarojs/components'
import { cstDateTime } from '@shared/core/time'
import { groupCode } from '@/core/groupCode'
import { massesQr } from '@/assessment/massesQr'
import './style.css'

/** Freshly issued one-time masses codes: each large, with a QR to the masses page in H5. */
export default function MassesCodes(props: { codes: readonly string[]; expiresAt: string }) {
  return (
    <View className='ao-codes'>
      <Text className='ao-codes__head'>
        新发放 {props.codes.length} 个群众参评码，有效期至 {cstDateTime(props.expiresAt)}
        （北京时间）。每码只能评一次，离开本页后不再显示，请分发给不同的群众。
      </Text>
      {props.codes.map((code, i) => {
        const qr = massesQr(code)
        return (
          <View key={code} className='ao-code' data-code={code}>
            <Text className='ao-code__no'>{i + 1}</Text>
            <Text className='ao-code__text' userSelect>
              {groupCode(code)}
            </Text>
            {qr ? (
              // The address is in the QR (and data-url, for tests), not printed: people scan, they do not type it.
              <>
                <Image className='ao-code__qr' src={qr.src} mode='scaleToFill' data-url={qr.url} />
                <Text className='ao-code__hint'>用手机扫码即可评议，或在群众参评页输入上面的评议码</Text>
              </>
            ) : (
              <Text className='ao-code__hint'>请群众在「同心」小程序的群众参评页输入此码</Text>
            )}
          </View>
        )
      })}
    </View>
  )
}
