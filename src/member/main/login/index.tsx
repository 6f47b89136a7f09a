import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { WhoamiResult } from '@shared/member/api'
import { member } from '@/member/service'
import { errorMessage } from '@/core/cloud'
import { devSession, isLocalMode, type DemoPerson } from '@/core/devSession'
import { goLanding } from '@/core/nav'
import { landingFor } from '@/core/session'
import { groupPeople, personTitle } from '@/core/people'
import BindForm from '@/core/components/BindForm'
import StatusView from '@/core/components/StatusView'
import './index.css'

type Phase = 'loading' | 'people' | 'bind' | 'error'

/**
 * Sign-in. In WeChat the cloud knows the caller (OPENID), so we ask `whoami` and route.
 * In local mode (H5 on the local cloud) the user first picks a demo person to act as.
 */
export default function LoginPage() {
  const [phase, setPhase] = useState<Phase>('loading')
  const [people, setPeople] = useState<DemoPerson[]>([])
  const [error, setError] = useState<string | null>(null)
  const [signingIn, setSigningIn] = useState<string | null>(null)
  // Sent here from a page (a deep link, a session that ended): back there after signing in.
  const [returnTo] = useState(() => Taro.getCurrentInstance()?.router?.params?.to ?? null)

  const route = useCallback(
    (who: WhoamiResult) => {
      const landing = landingFor(who)
      if (landing === 'bind') setPhase('bind')
      else goLanding(landing, returnTo)
    },
    [returnTo]
  )

  const start = useCallback(async () => {
    setPhase('loading')
    setError(null)
    try {
      if (isLocalMode()) {
        setPeople(await devSession.people())
        setPhase('people')
      } else {
        route(await member.whoami())
      }
    } catch (e) {
      setError(errorMessage(e))
      setPhase('error')
    }
  }, [route])

  useEffect(() => {
    start()
  }, [start])

  const actAs = async (p: DemoPerson) => {
    if (signingIn) return
    setSigningIn(p.openid)
    setError(null)
    try {
      await devSession.login(p.openid)
      route(await member.whoami())
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setSigningIn(null)
    }
  }

  if (phase === 'bind') {
    return (
      <View className='page'>
        <BindForm onBound={route} />
      </View>
    )
  }

  return (
    <View className='page login'>
      <View className='login__banner'>
        <Text className='login__app'>同心</Text>
        <Text className='login__tagline'>党员教育管理</Text>
      </View>
      {phase === 'loading' ? <StatusView loading /> : null}
      {phase === 'error' ? <StatusView error={error} onRetry={start} /> : null}
      {phase === 'people' ? (
        <View>
          <Text className='page__heading'>选择演示身份</Text>
          <Text className='page__sub'>本地演示模式：点一个人，以他的身份登录。</Text>
          {error ? <Text className='login__error'>{error}</Text> : null}
          {groupPeople(people).map((section) => (
            <View key={section.group} className='login__section'>
              <Text className='login__group'>{section.group}</Text>
              {section.roles.map((bucket) => (
                <View key={bucket.roleLabel} className='login__bucket'>
                  <Text className='login__role'>{bucket.roleLabel}</Text>
                  {bucket.people.map((p) => (
                    <View
                      key={p.openid}
                      className='login__person'
                      hoverClass='login__person--pressed'
                      aria-role='button'
                      onClick={() => actAs(p)}
                    >
                      <Text className='login__name'>{personTitle(p)}</Text>
                      <Text className='login__org'>{signingIn === p.openid ? '登录中…' : (p.orgName ?? '')}</Text>
                    </View>
                  ))}
                </View>
              ))}
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}
