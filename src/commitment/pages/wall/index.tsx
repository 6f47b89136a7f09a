import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import { hasRole } from '@shared/member/roles'
import { errorMessage } from '@/core/cloud'
import { caller } from '@/core/caller'
import { useCloudLoad } from '@/core/useCloudLoad'
import { routeParam } from '@/assessment/service'
import { commitment } from '@/commitment/service'
import { wallQr } from '@/commitment/wallQr'
import StatusView from '@/core/components/StatusView'
import BigButton from '@/core/components/BigButton'
import WallView from '@/commitment/components/WallView'
import './index.css'

async function load() {
  const orgId = routeParam(Taro.getCurrentInstance()?.router?.params, 'orgId')
  const [wall, who] = await Promise.all([commitment.wall(orgId || undefined), caller()])
  return { wall, secretary: hasRole(who.roles, wall.orgId, ['secretary', 'deputy']) }
}

/**
 * 亮承诺墙 for members of the org (?orgId= for a reviewer of another org). The secretary (and deputy) get the
 * public link as a QR for the masses (H5; the address is in the QR, not printed), made on tap.
 */
export default function WallPage() {
  const { data, error, reload } = useCloudLoad(load)
  const [qr, setQr] = useState<{ url: string; src: string } | 'weapp' | null>(null)
  const [linkError, setLinkError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (!data) {
    return (
      <View className='page'>
        <StatusView loading={!error} error={error} onRetry={reload} />
      </View>
    )
  }
  const makeLink = async () => {
    setBusy(true)
    setLinkError(null)
    try {
      const { token } = await commitment.wallLink(data.wall.orgId)
      setQr(wallQr(token) ?? 'weapp')
    } catch (e) {
      setLinkError(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <View className='page cm-wallpage'>
      <WallView wall={data.wall} />
      {data.secretary ? (
        <View className='cm-wallpage__share'>
          <Text className='cm-wallpage__title'>向群众公开</Text>
          <Text className='cm-wallpage__hint'>群众扫码即可查看本支部的亮承诺墙，无需注册登录；只显示姓名、岗位、承诺和完成情况。</Text>
          {qr && qr !== 'weapp' ? <Image className='cm-wallpage__qr' src={qr.src} mode='scaleToFill' data-url={qr.url} /> : null}
          {qr === 'weapp' ? (
            <Text className='cm-wallpage__hint'>公开链接已生成。请在电脑上用网页版打开本页，显示二维码后打印张贴。</Text>
          ) : null}
          {linkError ? <Text className='cm-wallpage__error'>{linkError}</Text> : null}
          {qr ? null : (
            <BigButton loading={busy} onTap={makeLink}>
              生成公开二维码
            </BigButton>
          )}
        </View>
      ) : null}
    </View>
  )
}
