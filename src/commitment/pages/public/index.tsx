import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { Wall } from '@shared/commitment/api'
import { CloudError, errorMessage } from '@/core/cloud'
import { routeParam } from '@/assessment/service'
import { codeFromScene } from '@/assessment/routes'
import { commitment } from '@/commitment/service'
import StatusView from '@/core/components/StatusView'
import WallView from '@/commitment/components/WallView'
import './index.css'

const canRetry = (e: unknown) => e instanceof CloudError && (e.code === 'NETWORK' || e.code === 'TIMEOUT')

/**
 * 亮承诺, public: the org's wall for anyone with its link or QR (?token=, or ?scene= from a mini-program code).
 * No account and no sign-in: it calls only `publicWall`, never `whoami`, and never sends anyone to the login
 * page (it does not use useCloudLoad), like the masses form. The server answers only what the wall may show.
 */
export default function PublicWallPage() {
  const params = Taro.getCurrentInstance()?.router?.params
  const token = routeParam(params, 'token') || codeFromScene(params?.scene)
  const [wall, setWall] = useState<Wall | null>(null)
  const [failure, setFailure] = useState<{ message: string; retry: boolean } | null>(null)

  const load = useCallback(async () => {
    setFailure(null)
    if (!token) {
      setFailure({ message: '链接不完整，请重新扫码打开', retry: false })
      return
    }
    try {
      setWall(await commitment.publicWall(token))
    } catch (e) {
      setFailure({ message: errorMessage(e), retry: canRetry(e) })
    }
  }, [token])

  useEffect(() => {
    load()
  }, [load])

  return (
    <View className='page cm-public'>
      {wall ? (
        <WallView wall={wall} />
      ) : (
        <StatusView loading={!failure} error={failure?.message} onRetry={failure?.retry ? load : undefined} />
      )}
    </View>
  )
}
